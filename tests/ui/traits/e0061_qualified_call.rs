// Too many arguments in a fully qualified call of a trait method.
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
    println!("{}", <A as Greet>::hi(&a, 1));
}
