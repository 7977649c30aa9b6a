trait Named {
    fn name(&self) -> String;
}

trait Greet {
    fn hello(&self) -> String
    where
        Self: Named,
    {
        format!("hello, {}", self.name())
    }

    fn boxed(self) -> Box<Self>
    where
        Self: Sized,
    {
        Box::new(self)
    }
}

struct Cat;

impl Named for Cat {
    fn name(&self) -> String {
        String::from("cat")
    }
}

impl Greet for Cat {}

struct Rock;

impl Greet for Rock {}

fn main() {
    println!("{}", Cat.hello());
    let b = Rock.boxed();
    let _ = b;
    println!("{}", Cat.boxed().name());
}
