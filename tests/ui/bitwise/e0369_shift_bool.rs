//@ mode: check
// A bool cannot be shifted.
fn main() {
    let on = true;
    let moved = on << 1;
    println!("{moved}");
}
