//@ mode: check
// An `else if` chain without a final `else` may leave the binding unset.
fn main() {
    let x;
    let n = 3;
    if n > 2 {
        x = 1;
    } else if n > 1 {
        x = 2;
    }
    println!("{x}");
}
