//@ mode: check
type A = Vec<A>;
fn main() {
    let v: A = Vec::new();
    println!("{}", v.len());
}
