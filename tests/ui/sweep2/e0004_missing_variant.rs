//@ mode: check
// A match that forgets one variant.
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter,
}

fn cents(c: Coin) -> u32 {
    match c {
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Dime => 10,
    }
}

fn main() {
    println!("{}", cents(Coin::Quarter));
}
