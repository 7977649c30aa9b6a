//@ mode: check
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn main() {
    let m = Maybe::Nothing;
    if let Maybe::Just(_) = m {
        println!("just");
    }
}
