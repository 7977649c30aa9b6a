// Two bounds joined with `+`: each trait's methods are callable.
trait Named {
    fn name(&self) -> &str;
}

trait Aged {
    fn age(&self) -> u32;
}

struct Cat {
    years: u32,
}

impl Named for Cat {
    fn name(&self) -> &str {
        "cat"
    }
}

impl Aged for Cat {
    fn age(&self) -> u32 {
        self.years
    }
}

fn describe<T: Named + Aged>(x: &T) {
    println!("{} is {} years old", x.name(), x.age());
}

fn main() {
    describe(&Cat { years: 4 });
}
