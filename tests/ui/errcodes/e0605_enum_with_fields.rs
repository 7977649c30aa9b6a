//@ mode: check
// Only fieldless enums cast to numbers.
enum Coin {
    Penny,
    Nickel,
    Custom(u32),
}

enum Level {
    Low,
    High,
}

fn cents(c: Coin) -> u32 {
    c as u32
}

fn main() {
    println!("{}", cents(Coin::Penny));
    let lvl = Level::High;
    let x = lvl as i32;
    let maybe = Some(5);
    let n = maybe as i64;
    let back = 1 as Level;
    println!("{} {}", x, n);
}
