// A supertrait: every `Named` type is also `Describe`, and both sets of methods work.
trait Describe {
    fn lives(&self) -> u32;
}

trait Named: Describe {
    fn name(&self) -> &str;
    fn intro(&self) {
        println!("{} has {} lives", self.name(), self.lives());
    }
}

struct Cat {
    lives: u32,
}

impl Describe for Cat {
    fn lives(&self) -> u32 {
        self.lives
    }
}

impl Named for Cat {
    fn name(&self) -> &str {
        "Tom"
    }
}

fn main() {
    let c = Cat { lives: 9 };
    c.intro();
    println!("{}", c.lives());
}
