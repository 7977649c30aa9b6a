#![allow(dead_code)]
#![warn(unused_variables)]
#![deny(unused_mut)]

fn spare() {}

fn main() {
    let mut x = 1;
    let y = 2;
    println!("{}", x);
}
