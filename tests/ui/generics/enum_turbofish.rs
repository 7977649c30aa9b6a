// A unit variant of a generic enum with explicit arguments.
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn main() {
    let none = Maybe::<i64>::Nothing;
    let some = Maybe::Just(3i64);
    println!("{:?} {:?}", none, some);
}
