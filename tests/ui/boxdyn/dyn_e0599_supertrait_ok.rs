// A trait object calls its supertrait's methods too; the concrete type's own are out of reach.
trait Named {
    fn name(&self) -> String;
}

trait Pet: Named {
    fn sound(&self) -> String;
}

struct Cat;

impl Named for Cat {
    fn name(&self) -> String {
        String::from("Tom")
    }
}

impl Pet for Cat {
    fn sound(&self) -> String {
        String::from("meow")
    }
}

impl Cat {
    fn purr(&self) -> String {
        String::from("purr")
    }
}

fn main() {
    let pets: Vec<Box<dyn Pet>> = vec![Box::new(Cat)];
    for p in &pets {
        println!("{} says {}", p.name(), p.sound());
        println!("{}", p.purr());
    }
}
