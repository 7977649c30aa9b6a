// Nested or-patterns with bindings, inside tuples and in `if let`.
#[derive(Clone, Copy)]
enum Suit {
    Hearts,
    Diamonds,
    Clubs,
    Spades,
}

fn colour(card: (Suit, u8)) -> &'static str {
    match card {
        (Suit::Hearts | Suit::Diamonds, 1..=10) => "low red",
        (Suit::Hearts | Suit::Diamonds, _) => "high red",
        (Suit::Clubs | Suit::Spades, _) => "black",
    }
}

fn main() {
    println!("{}", colour((Suit::Hearts, 3)));
    println!("{}", colour((Suit::Diamonds, 12)));
    println!("{}", colour((Suit::Spades, 1)));
    let pair = (4, 0);
    if let (0, n) | (n, 0) = pair {
        println!("one side is zero, the other is {n}");
    }
    let _ = Suit::Clubs;
}
