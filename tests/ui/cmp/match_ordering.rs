use std::cmp::Ordering;

fn describe(guess: u32, secret: u32) -> &'static str {
    match guess.cmp(&secret) {
        Ordering::Less => "too small",
        Ordering::Greater => "too big",
        Ordering::Equal => "you win",
    }
}

fn main() {
    for g in [10, 50, 42] {
        println!("{}: {}", g, describe(g, 42));
    }
}
