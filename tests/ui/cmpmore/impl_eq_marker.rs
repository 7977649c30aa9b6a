// `impl Eq for X {}`: a marker over a hand-written `PartialEq`, meeting a `T: Eq` bound.
struct Id(u32);

impl PartialEq for Id {
    fn eq(&self, other: &Id) -> bool {
        self.0 % 100 == other.0 % 100
    }
}

impl Eq for Id {}

fn all_same<T: Eq>(items: &[T]) -> bool {
    items.windows(2).all(|w| w[0] == w[1])
}

fn main() {
    println!("{}", all_same(&[Id(7), Id(107), Id(207)]));
    println!("{}", all_same(&[Id(7), Id(8)]));
}
