// An arm made unreachable by an earlier or-pattern.
enum Coin {
    Penny,
    Nickel,
    Dime,
}

fn cents(c: Coin) -> u32 {
    match c {
        Coin::Penny | Coin::Nickel | Coin::Dime => 1,
        Coin::Dime => 10,
    }
}

fn main() {
    println!("{}", cents(Coin::Penny) + cents(Coin::Nickel) + cents(Coin::Dime));
}
