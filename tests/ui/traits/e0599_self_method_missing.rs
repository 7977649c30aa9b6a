// In a default method, `self` has only the methods of the trait (and its supertraits).
trait Tally {
    fn count(&self) -> u32;
    fn double(&self) -> u32 {
        self.count() + self.total()
    }
}

struct Votes(u32);

impl Tally for Votes {
    fn count(&self) -> u32 {
        self.0
    }
}

fn main() {
    println!("{}", Votes(4).double());
}
