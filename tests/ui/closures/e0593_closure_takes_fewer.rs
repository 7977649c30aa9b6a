//@ mode: check
// The bound wants two arguments; the closure takes one.
fn combine(f: impl Fn(i32, i32) -> i32) -> i32 {
    f(1, 2)
}

fn main() {
    println!("{}", combine(|x| x + 1));
}
