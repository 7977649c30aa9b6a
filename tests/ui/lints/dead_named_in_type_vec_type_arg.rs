struct Meters;
fn main() {
    let v: Vec<Meters> = Vec::new();
    println!("{}", v.len());
}
