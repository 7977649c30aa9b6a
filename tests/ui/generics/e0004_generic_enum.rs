//@ mode: check
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn main() {
    let m = Maybe::Just(false);
    match m {
        Maybe::Just(true) => println!("yes"),
        Maybe::Nothing => println!("none"),
    }
}
