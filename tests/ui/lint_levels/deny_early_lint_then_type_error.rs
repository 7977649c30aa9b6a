#![deny(unused_parens)]

fn main() {
    let n = (5);
    let s: bool = n;
    println!("{}", s);
}
