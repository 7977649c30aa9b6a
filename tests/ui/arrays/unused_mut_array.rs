//@ mode: check
// Lints see through arrays: a `mut` array never written, an unused element binding.
fn main() {
    let mut xs = [1, 2, 3];
    let [a, b, c] = xs;
    println!("{} {:?} {}", a, xs, c);
}
