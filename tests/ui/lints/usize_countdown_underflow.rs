//@ mode: run
// A countdown on an unsigned counter that goes one step too far.
fn main() {
    let mut remaining: usize = 3;
    while remaining >= 0 {
        println!("{} left", remaining);
        remaining -= 1;
    }
}
