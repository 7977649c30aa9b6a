// The element type of an empty Vec is never decided.
fn main() {
    let v = Vec::new();
    println!("{}", v.iter().count());
}
