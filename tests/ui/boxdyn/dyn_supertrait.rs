// A supertrait's methods and a default method called through a trait object.
trait Named {
    fn name(&self) -> String;
}

trait Animal: Named {
    fn sound(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog;
struct Cat;

impl Named for Dog {
    fn name(&self) -> String {
        String::from("Dog")
    }
}

impl Named for Cat {
    fn name(&self) -> String {
        String::from("Cat")
    }
}

impl Animal for Dog {
    fn sound(&self) -> String {
        String::from("woof")
    }
}

impl Animal for Cat {
    fn sound(&self) -> String {
        String::from("meow")
    }
    fn speak(&self) -> String {
        String::from("the cat ignores you")
    }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Cat)];
    for a in &zoo {
        println!("{}: {}", a.name(), a.speak());
    }
    let first: &dyn Animal = &*zoo[0];
    println!("{}", first.sound());
}
