// A struct with no ordering passed to a `T: PartialOrd` function.
#[derive(Debug, Clone, Copy)]
struct Coin {
    cents: u32,
}

fn larger<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let c = larger(Coin { cents: 5 }, Coin { cents: 10 });
    println!("{:?}", c);
}
