// A method the boxed type does not have is not found through the box either.
struct Cat;

impl Cat {
    fn meow(&self) -> &str {
        "meow"
    }
}

fn main() {
    let c = Box::new(Cat);
    println!("{}", c.meow());
    c.bark();
}
