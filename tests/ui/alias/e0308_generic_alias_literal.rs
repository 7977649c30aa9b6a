//@ mode: check
struct Pair<T> {
    a: T,
    b: T,
}

type IntPair = Pair<i64>;

fn main() {
    let p = IntPair { a: 4, b: "five" };
    println!("{}", p.a);
}
