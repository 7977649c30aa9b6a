// Returning closures from generic functions: the `impl Fn` return type uses the
// function's type parameters (function composition, repeated application).
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}
fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 { f(v) }
fn twice<T>(f: impl Fn(T) -> T) -> impl Fn(T) -> T {
    move |x| f(f(x))
}
fn main() {
    let add_then_double = compose(make_adder(3), |x| x * 2);
    println!("{}", add_then_double(4));
    println!("{}", apply(make_adder(1), 1));
    let len_plus = compose(|s: &str| s.len(), |n| n + 1);
    println!("{}", len_plus("abc"));
    let quad = twice(|x: i32| x * 2);
    println!("{}", quad(3));
}
