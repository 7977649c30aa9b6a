// A default method calls the required one through `self`.
trait Greet {
    fn name(&self) -> &str;
    fn greet(&self) {
        println!("Hello, {}!", self.name());
    }
}

struct Person {
    age: u32,
}

impl Greet for Person {
    fn name(&self) -> &str {
        if self.age < 18 { "kid" } else { "adult" }
    }
}

fn main() {
    let a = Person { age: 12 };
    let b = Person { age: 40 };
    a.greet();
    b.greet();
}
