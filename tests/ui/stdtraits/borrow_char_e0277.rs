use std::borrow::Borrow;

fn first<K: Borrow<str>>(k: K) -> Option<char> {
    let s: &str = k.borrow();
    s.chars().next()
}

fn main() {
    println!("{:?}", first('x'));
}
