// One arm of a `match` returning `Box<dyn Trait>` boxes a type without the impl.
trait Sound {
    fn make(&self) -> String;
}

struct Dog;

impl Sound for Dog {
    fn make(&self) -> String {
        String::from("woof")
    }
}

fn pick(n: u8) -> Box<dyn Sound> {
    match n {
        0 => Box::new(Dog),
        _ => Box::new(7u8),
    }
}

fn main() {
    println!("{}", pick(0).make());
}
