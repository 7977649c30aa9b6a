// Constants as patterns in `match`, including inside ranges and tuples.
const ZERO: i32 = 0;
const LOW: i32 = 10;
const HIGH: i32 = 20;
const STOP: char = 'q';

fn classify(n: i32) -> &'static str {
    match n {
        ZERO => "zero",
        1..LOW => "small",
        LOW..=HIGH => "medium",
        _ => "large",
    }
}

fn main() {
    for n in 0..25 {
        if n % 5 == 0 || n == 21 {
            println!("{n}: {}", classify(n));
        }
    }
    let key = ('q', 1);
    match key {
        (STOP, n) => println!("stop after {n}"),
        (c, _) => println!("key {c}"),
    }
}
