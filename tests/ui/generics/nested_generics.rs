// Generic types nested inside each other.
#[derive(Debug)]
struct Wrapper<T>(T);

#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn main() {
    let w = Wrapper(Wrapper((1, 'a')));
    let m: Maybe<Maybe<u8>> = Maybe::Just(Maybe::Nothing);
    let inner = (w.0).0;
    println!("{:?} {:?} {:?}", w, m, inner);
    if let Maybe::Just(Maybe::Just(n)) = Maybe::Just(Maybe::Just(5)) {
        println!("{}", n);
    }
}
