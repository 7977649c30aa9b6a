// A trait implemented for an enum, matching on `self`.
trait Price {
    fn cents(&self) -> u32;
    fn dollars(&self) -> f64 {
        self.cents() as f64 / 100.0
    }
}

enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter,
}

impl Price for Coin {
    fn cents(&self) -> u32 {
        match self {
            Coin::Penny => 1,
            Coin::Nickel => 5,
            Coin::Dime => 10,
            Coin::Quarter => 25,
        }
    }
}

fn main() {
    let coins = [Coin::Penny, Coin::Nickel, Coin::Dime, Coin::Quarter];
    let mut total = 0;
    for c in coins {
        total += c.cents();
        println!("{}", c.dollars());
    }
    println!("total: {total}");
}
