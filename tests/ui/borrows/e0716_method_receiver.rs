//@ mode: check
// A method that borrows `self` called on a temporary: the result outlives it.
struct Meter {
    reading: u32,
}

impl Meter {
    fn new(reading: u32) -> Meter {
        Meter { reading }
    }
    fn reading_ref(&self) -> &u32 {
        &self.reading
    }
}

fn main() {
    let r = Meter::new(12).reading_ref();
    println!("{}", r);
}
