// Adding two structs needs an `Add` impl, which rustc locates in core's sources.
struct Coins {
    gold: u32,
    silver: u32,
}

fn main() {
    let purse = Coins { gold: 2, silver: 5 };
    let found = Coins { gold: 1, silver: 9 };
    let total = purse + found;
    println!("{} gold, {} silver", total.gold, total.silver);
}
