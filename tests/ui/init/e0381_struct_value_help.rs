//@ mode: check
// For a struct, the suggested value is a placeholder comment.
struct Meters(f64);

fn main() {
    let m: Meters;
    let n = m;
    println!("{}", n.0);
}
