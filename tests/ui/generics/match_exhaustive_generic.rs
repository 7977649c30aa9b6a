// Exhaustiveness looks inside the type argument of a generic enum.
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn code(m: Maybe<bool>) -> u8 {
    match m {
        Maybe::Just(true) => 2,
        Maybe::Just(false) => 1,
        Maybe::Nothing => 0,
    }
}

fn main() {
    println!("{} {} {}", code(Maybe::Just(true)), code(Maybe::Just(false)), code(Maybe::Nothing));
}
