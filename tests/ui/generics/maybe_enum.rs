// The learner's own Option-like enum.
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn describe(m: Maybe<i32>) {
    match m {
        Maybe::Just(n) => println!("just {}", n),
        Maybe::Nothing => println!("nothing"),
    }
}

fn or_default<T>(m: Maybe<T>, default: T) -> T {
    match m {
        Maybe::Just(v) => v,
        Maybe::Nothing => default,
    }
}

fn main() {
    describe(Maybe::Just(4));
    describe(Maybe::Nothing);
    println!("{}", or_default(Maybe::Nothing, 'd'));
    println!("{}", or_default(Maybe::Just("yes"), "no"));
}
