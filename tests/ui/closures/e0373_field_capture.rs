//@ mode: check
// The closure borrows only `p.x`, and rustc names that place.
struct P {
    x: i32,
    y: i32,
}

fn scaled(p: P) -> impl Fn() -> i32 {
    println!("{}", p.y);
    || p.x * 2
}

fn main() {
    println!("{}", scaled(P { x: 1, y: 2 })());
}
