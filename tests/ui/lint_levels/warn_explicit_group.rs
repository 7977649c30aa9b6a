#![warn(unused)]

fn main() {
    let a = 1;
    let mut b = 2;
    println!("{}", b);
}
