// A generic impl of a subtrait, with the supertrait implemented generically too.
trait Named {
    fn name(&self) -> char;
}

trait Greeter: Named {
    fn greet(&self) {
        println!("hello from {}", self.name());
    }
}

struct Robot<T> {
    model: T,
    letter: char,
}

impl<T> Named for Robot<T> {
    fn name(&self) -> char {
        self.letter
    }
}

impl<T> Greeter for Robot<T> {}

fn main() {
    let r = Robot { model: 9, letter: 'R' };
    r.greet();
    println!("{}", r.model);
}
