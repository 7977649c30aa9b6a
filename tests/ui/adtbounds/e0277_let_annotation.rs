//@ mode: check
use std::fmt::Display;

struct Plain;
enum Maybe<T: Display> {
    Has(T),
    Nothing,
}

fn main() {
    let m: Maybe<Plain> = Maybe::Nothing;
}
