// Irrefutable `let`s inside a let chain are not linted.
fn main() {
    let t = (2, 7);
    if let (a, b) = t && a < b {
        println!("{a} < {b}");
    }
}
