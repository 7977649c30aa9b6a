//@ mode: run
#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin { Penny, Nickel }

fn main() {
    let c = Coin::Penny;
    assert_eq!(c, Coin::Nickel, "first coin");
}
