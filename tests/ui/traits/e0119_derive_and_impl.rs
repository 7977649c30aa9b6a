// A derived trait and a hand-written impl of it for the same type.
#[derive(PartialEq)]
struct Money(u32);

impl PartialEq for Money {
    fn eq(&self, other: &Self) -> bool {
        self.0 / 100 == other.0 / 100
    }
}

fn main() {
    println!("{}", Money(150) == Money(199));
}
