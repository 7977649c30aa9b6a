// A generic function that panics at run time.
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn expect<T>(m: Maybe<T>, what: &str) -> T {
    match m {
        Maybe::Just(v) => v,
        Maybe::Nothing => panic!("missing {}", what),
    }
}

fn main() {
    let a = expect(Maybe::Just(1), "a");
    println!("{}", a);
    let b: u8 = expect(Maybe::Nothing, "b");
    println!("{}", b);
}
