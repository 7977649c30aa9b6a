//@ mode: check
// The argument's type must match the parameter's.
fn square(n: i32) -> i32 {
    n * n
}

fn main() {
    println!("{}", square("3"));
}
