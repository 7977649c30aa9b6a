// A trait implemented for a generic enum, matching on its variants.
trait Describe {
    fn describe(&self) -> u8;
}

enum Slot<T> {
    Empty,
    Full(T),
}

impl<T> Describe for Slot<T> {
    fn describe(&self) -> u8 {
        match self {
            Slot::Empty => 0,
            Slot::Full(_) => 1,
        }
    }
}

fn main() {
    let a: Slot<i64> = Slot::Empty;
    let b = Slot::Full(true);
    println!("{} {}", a.describe(), b.describe());
}
