// A composed closure's result used where another type is expected.
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let h = compose(|x: i32| x * 2, |y: i32| y + 1);
    let n: u8 = h(3);
    println!("{}", n);
}
