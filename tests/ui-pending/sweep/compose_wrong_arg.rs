// A composed closure called with an argument of the wrong type.
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let h = compose(|x: i32| x * 2, |y: i32| y + 1);
    println!("{}", h("three"));
}
