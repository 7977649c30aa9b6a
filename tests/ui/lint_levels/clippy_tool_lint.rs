#![allow(clippy::needless_return)]

fn double(n: i32) -> i32 {
    return n * 2;
}

fn main() {
    println!("{}", double(21));
}
