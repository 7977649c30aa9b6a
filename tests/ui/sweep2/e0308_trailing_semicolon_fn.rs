//@ mode: check
// A semicolon after the value a function should return.
fn cube(n: i64) -> i64 {
    n * n * n;
}

fn main() {
    println!("{}", cube(3));
}
