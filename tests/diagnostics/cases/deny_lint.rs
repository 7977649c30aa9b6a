#![deny(unused_variables)]

fn main() {
    let x = 1;
}
