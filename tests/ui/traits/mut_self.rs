// Trait methods taking `&mut self` and `self`.
trait Counter {
    fn bump(&mut self);
    fn finish(self) -> u32;
}

struct Clicks {
    n: u32,
}

impl Counter for Clicks {
    fn bump(&mut self) {
        self.n += 1;
    }
    fn finish(self) -> u32 {
        self.n * 10
    }
}

fn main() {
    let mut c = Clicks { n: 0 };
    c.bump();
    c.bump();
    c.bump();
    println!("{}", c.n);
    println!("{}", c.finish());
}
