mod stats {
    pub fn mean(a: f64, b: f64) -> f64 {
        (a + b) / 2.0
    }
    pub fn spread(a: f64, b: f64) -> f64 {
        if a > b { a - b } else { b - a }
    }
}

fn first() -> f64 {
    let x = (1.5);
    x
}

use stats::{mean, spread};

fn main() {
    let unused = 3;
    println!("{}", stats::mean(first(), 2.5));
    println!("{}", stats::spread(first(), 2.5));
}
