// A bound's supertrait methods are callable too.
trait Named {
    fn name(&self) -> &str;
}

trait Greeter: Named {
    fn greet(&self) {
        println!("Hi, {}", self.name());
    }
}

struct Bot;

impl Named for Bot {
    fn name(&self) -> &str {
        "bot"
    }
}

impl Greeter for Bot {}

fn welcome<G: Greeter>(g: &G) {
    g.greet();
    println!("({} says hi)", g.name());
}

fn main() {
    welcome(&Bot);
}
