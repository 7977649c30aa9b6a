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
}

struct Rock;

impl Greet for Rock {}

fn main() {
    println!("{}", Rock.hello());
}
