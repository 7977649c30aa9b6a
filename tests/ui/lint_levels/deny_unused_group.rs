#![deny(unused)]

fn never_called() {}

fn main() {
    let x = 1;
}
