// Returning closures as `impl Fn`.
fn adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn apply(f: impl Fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn main() {
    let add3 = adder(3);
    println!("{}", add3(4));
    println!("{}", apply(adder(10), 5));
    println!("{}", apply(|x| x * x, 6));
}
