//@ mode: check
enum Coin {
    Penny,
    Dime(u8),
}

fn value(c: &Coin) -> u32 {
    match c {
        Coin::Dime(n) => 10 * *n as u32,
    }
}

fn main() {
    println!("{}", value(&Coin::Penny));
}
