// A `match` arm forgets the box around a trait object's concrete value.
trait Sound {
    fn make(&self) -> String;
}

struct Dog;
struct Cat;

impl Sound for Dog {
    fn make(&self) -> String {
        String::from("woof")
    }
}

impl Sound for Cat {
    fn make(&self) -> String {
        String::from("meow")
    }
}

fn pick(n: u8) -> Box<dyn Sound> {
    match n {
        0 => Box::new(Dog),
        _ => Cat,
    }
}

fn main() {
    println!("{}", pick(1).make());
}
