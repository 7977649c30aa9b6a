//@ mode: run
// Parentheses around an if condition and a let value are unnecessary.
fn main() {
    let x = (5 + 3);
    if (x > 4) {
        println!("big {x}");
    }
}
