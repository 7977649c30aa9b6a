#![deny(unused_variables)]

fn main() {
    let a = 1;
    let b = 2;
    let c = 3;
}
