// Implementing a trait requires implementing its supertrait too.
trait Describe {
    fn describe(&self) -> u32;
}

trait Named: Describe {
    fn name(&self) -> u32;
}

struct Cat;

impl Named for Cat {
    fn name(&self) -> u32 {
        1
    }
}

fn main() {
    println!("{}", Cat.name());
}
