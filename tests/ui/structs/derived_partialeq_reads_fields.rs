//@ mode: check
#[derive(Debug, Clone, Copy, PartialEq)]
struct A {
    a: i32,
    b: i32,
    c: i32,
    d: i32,
}
struct T(i32, bool);
fn main() {
    let x = A { a: 1, b: 2, c: 3, d: 4 };
    println!("{}", x.a);
    let t = T(1, true);
    println!("{}", t.0);
}
