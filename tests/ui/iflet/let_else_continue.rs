// `let ... else { continue }` inside a loop skips the values that do not match.
enum Item {
    Coin(u32),
    Rock,
}

fn pick(i: u32) -> Item {
    if i % 3 == 0 { Item::Rock } else { Item::Coin(i * 5) }
}

fn main() {
    let mut total = 0;
    for i in 1..=7 {
        let Item::Coin(c) = pick(i) else {
            println!("{i}: rock");
            continue;
        };
        total += c;
    }
    println!("total = {total}");
}
