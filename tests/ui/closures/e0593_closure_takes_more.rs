//@ mode: check
// The bound wants one argument; the closure takes two.
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    println!("{}", apply(|a, b| a + b));
}
