type Cents = u64;

struct Wallet {
    coins: Vec<Cents>,
}

impl Wallet {
    fn total(&self) -> Cents {
        self.coins.iter().sum()
    }
    fn add(&mut self, c: Cents) {
        self.coins.push(c);
    }
}

fn main() {
    let mut w = Wallet { coins: vec![] };
    w.add(25);
    w.add(10);
    println!("{}", w.total());
}
