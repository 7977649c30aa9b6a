// The associated type is `i32`, so the item does not fit a `u8`.
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

fn main() {
    let x: u8 = Tap.produce();
    println!("{}", x);
}
