#![deny(dead_code)]

fn unusedHelper() {}

fn main() {
    let Total = 3;
    println!("{}", Total);
}
