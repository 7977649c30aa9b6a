//@ mode: check
use std::borrow::Borrow;

fn shout<K: Borrow<str>>(k: K) -> String {
    let s: &str = k.borrow();
    s.to_uppercase()
}

fn main() {
    println!("{}", shout(5));
}
