// An impl may replace a default method; the others keep the default.
trait Animal {
    fn sound(&self) -> &str {
        "..."
    }
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog;
struct Bird;

impl Animal for Dog {
    fn sound(&self) -> &str {
        "woof"
    }
}

impl Animal for Bird {
    fn sound(&self) -> &str {
        "tweet"
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn main() {
    let d = Dog;
    let b = Bird;
    println!("dog: {} on {} legs", d.sound(), d.legs());
    println!("bird: {} on {} legs", b.sound(), b.legs());
}
