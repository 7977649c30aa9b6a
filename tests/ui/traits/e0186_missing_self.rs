// The trait declares `&self`; the impl's method has no `self`.
trait Speak {
    fn speak(&self) -> u32;
}

struct Dog;

impl Speak for Dog {
    fn speak() -> u32 {
        1
    }
}

fn main() {
    println!("{}", Dog.speak());
}
