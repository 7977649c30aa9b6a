//@ mode: check
struct Unused<T> {
    v: T,
}

enum Choice<A, B> {
    First(A),
    Second(B),
}

fn never_called<T>(x: T) -> T {
    x
}

fn main() {
    let c: Choice<i32, u8> = Choice::First(1);
    if let Choice::First(n) = c {
        println!("{}", n);
    }
}
