//@ mode: check
struct Tally {
    n: u32,
}

impl Tally {
    fn add(&mut self) {
        self.n += 1;
    }

    fn add_and_get(&self) -> u32 {
        self.add();
        self.n
    }
}

fn main() {
    let t = Tally { n: 0 };
    println!("{}", t.add_and_get());
}
