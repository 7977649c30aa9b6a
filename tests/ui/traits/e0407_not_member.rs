// A method in an impl that the trait does not declare.
trait Speak {
    fn speak(&self) -> u32;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> u32 {
        1
    }
    fn wag(&self) -> u32 {
        2
    }
}

fn main() {
    println!("{}", Dog.speak());
}
