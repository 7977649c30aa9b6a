//@ mode: check
struct Counter {
    n: u32,
}

impl Counter {
    fn add(&mut self amount: u32) {
        self.n += amount;
    }
}

fn main() {}
