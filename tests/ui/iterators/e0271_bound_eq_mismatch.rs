// The bound asks for `Item = u32`, but the impl's item is `i32`.
trait Source {
    type Item;
    fn produce(&self) -> Self::Item;
}

struct Tap;

impl Source for Tap {
    type Item = i32;
    fn produce(&self) -> i32 {
        5
    }
}

fn twice<S: Source<Item = u32>>(s: &S) -> u32 {
    s.produce() * 2
}

fn main() {
    println!("{}", twice(&Tap));
}
