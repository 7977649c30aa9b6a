// Comparing arrays needs PartialEq for their elements.
struct Coin {
    cents: u32,
}

fn main() {
    let a = [Coin { cents: 5 }, Coin { cents: 10 }];
    let b = [Coin { cents: 5 }, Coin { cents: 25 }];
    println!("{}", a[1].cents + b[1].cents);
    println!("{}", a == b);
}
