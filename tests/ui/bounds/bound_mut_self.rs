// A `&mut self` method through a bound changes the caller's value.
trait Counter {
    fn bump(&mut self);
    fn get(&self) -> u32;
}

struct Clicks {
    n: u32,
}

impl Counter for Clicks {
    fn bump(&mut self) {
        self.n += 1;
    }
    fn get(&self) -> u32 {
        self.n
    }
}

fn bump_three<C: Counter>(c: &mut C) {
    c.bump();
    c.bump();
    c.bump();
}

fn main() {
    let mut c = Clicks { n: 10 };
    bump_three(&mut c);
    println!("{}", c.get());
}
