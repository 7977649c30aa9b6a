//@ mode: check
// A closure whose parameter type differs from the `impl Fn` parameter's.
fn apply(f: impl Fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn main() {
    println!("{}", apply(|x: u8| x as i32, 5));
}
