// An impl that leaves out the trait's associated type.
trait Source {
    type Item;
    fn produce(&self) -> i32;
}

struct Tap;

impl Source for Tap {
    fn produce(&self) -> i32 {
        1
    }
}

fn main() {
    println!("{}", Tap.produce());
}
