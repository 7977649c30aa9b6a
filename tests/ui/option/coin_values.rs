#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin { Penny, Nickel, Dime }

fn value(c: Option<Coin>) -> Option<u32> {
    let c = c?;
    Some(match c { Coin::Penny => 1, Coin::Nickel => 5, Coin::Dime => 10 })
}

fn main() {
    let coins = [Some(Coin::Penny), None, Some(Coin::Dime)];
    let mut total = 0;
    for c in coins {
        if let Some(v) = value(c) {
            total += v;
        }
    }
    println!("total = {total}");
    let first = coins[0];
    println!("{:?} {}", first, first.is_some());
    let maybe: Option<&Option<Coin>> = Some(&coins[1]);
    match maybe {
        Some(Some(c)) => println!("coin {:?}", c),
        Some(None) => println!("empty slot"),
        None => println!("nothing"),
    }
}
