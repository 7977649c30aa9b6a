// Calling a `&self` method through the trait's name with a value, not a reference.
trait Greet {
    fn hi(&self) -> u32;
}

struct A;

impl Greet for A {
    fn hi(&self) -> u32 {
        1
    }
}

fn main() {
    let a = A;
    println!("{}", Greet::hi(a));
}
