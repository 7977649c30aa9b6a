struct Bag<T> {
    item: T,
}

impl<T> Bag<T> {
    fn with<U>(self, other: Option<U>) -> (T, Option<U>) {
        (self.item, other)
    }
}

fn main() {
    let b = Bag { item: 1 };
    let pair: (i32, Option<bool>) = b.with(Some("yes"));
    println!("{:?}", pair.1);
}
