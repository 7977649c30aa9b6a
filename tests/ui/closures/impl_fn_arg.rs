// `impl Fn(i32) -> i32` in argument position: an anonymous generic parameter.
fn apply(f: impl Fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn main() {
    let k = 4;
    println!("{}", apply(|x| x * k, 5));
    println!("{}", apply(|x| x - 1, 5));
}
