// Generic arguments on the type in a path to an associated function.
#[derive(Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Pair<T> {
        Pair { a, b }
    }
}

fn main() {
    let p = Pair::<u8>::new(200, 55);
    println!("{:?} {}", p, p.a + p.b);
}
