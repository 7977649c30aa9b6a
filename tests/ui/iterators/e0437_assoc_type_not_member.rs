// An impl defines an associated type its trait does not declare.
trait Source {
    fn produce(&self) -> i32;
}

struct Tap;

impl Source for Tap {
    type Item = i32;
    fn produce(&self) -> i32 {
        1
    }
}

fn main() {
    println!("{}", Tap.produce());
}
