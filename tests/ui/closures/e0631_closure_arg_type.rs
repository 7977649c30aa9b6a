//@ mode: check
// A closure whose parameter type differs from the bound's.
fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn main() {
    println!("{}", apply(|x: u8| x as i32, 3));
}
