//@ mode: check
// A field moved inside a loop is moved again by the next iteration.
struct Coin {
    value: u32,
}

struct Purse {
    coin: Coin,
    owner: u32,
}

fn main() {
    let purse = Purse { coin: Coin { value: 2 }, owner: 1 };
    let mut total = 0;
    for _ in 0..3 {
        let c = purse.coin;
        total += c.value;
    }
    println!("{} {}", total, purse.owner);
}
