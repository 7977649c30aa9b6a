struct Pair<T> {
    a: T,
    b: T,
}

type IntPair = Pair<i64>;

fn main() {
    let p = IntPair { a: 4, b: 5 };
    println!("{}", p.a * p.b);
}
