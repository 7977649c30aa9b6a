// The trait has an impl, but not for the argument's type.
trait Describe {
    fn describe(&self) -> &str;
}

struct Dog;
struct Rock;

impl Describe for Dog {
    fn describe(&self) -> &str {
        "a dog"
    }
}

fn tell<T: Describe>(x: T) {
    println!("{}", x.describe());
}

fn main() {
    tell(Dog);
    tell(Rock);
}
