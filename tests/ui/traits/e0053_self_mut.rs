// `&mut self` in the impl where the trait says `&self`.
trait Reset {
    fn reset(&self);
}

struct Meter {
    v: u32,
}

impl Reset for Meter {
    fn reset(&mut self) {
        self.v = 0;
    }
}

fn main() {
    let m = Meter { v: 3 };
    println!("{}", m.v);
}
