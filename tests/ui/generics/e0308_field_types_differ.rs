//@ mode: check
struct Pair<T> {
    a: T,
    b: T,
}

fn main() {
    let p = Pair { a: 1, b: "two" };
    let _ = p.a;
}
