//@ mode: check
struct Tally {
    n: u32,
}

impl Tally {
    fn add(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let t = Tally { n: 0 };
    t.add();
    println!("{}", t.n);
}
