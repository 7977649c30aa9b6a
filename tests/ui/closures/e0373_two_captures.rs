//@ mode: check
// One error for each borrowed variable.
fn product(a: i32, b: i32) -> impl Fn() -> i32 {
    || a * b
}

fn main() {
    println!("{}", product(3, 4)());
}
