//@ mode: check
// The closure captures `p.x` and assigns to it: rustc names the captured place.
struct P {
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    let mut reset = || p.x = 0;
    reset();
}
