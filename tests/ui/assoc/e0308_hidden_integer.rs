// The first return decides the hidden type: an integer, then a `&str`.
use std::fmt::Display;

fn label(big: bool) -> impl Display {
    if big {
        return 100;
    }
    "small"
}

fn main() {
    println!("{}", label(true));
}
