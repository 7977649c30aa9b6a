//@ mode: check
struct Tank {
    litres: u32,
}

impl Tank {
    fn fill(&mut self, amount: u32) {
        self.litres += amount;
    }
}

fn main() {
    let mut t = Tank { litres: 0 };
    t.fill(true);
    println!("{}", t.litres);
}
