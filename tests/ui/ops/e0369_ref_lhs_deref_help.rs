use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Coins(u32);

impl Add for Coins {
    type Output = Coins;
    fn add(self, o: Coins) -> Coins {
        Coins(self.0 + o.0)
    }
}

fn main() {
    let purses = vec![Coins(3), Coins(4)];
    let first = &purses[0];
    let total = first + Coins(10);
    println!("{:?}", total);
}
