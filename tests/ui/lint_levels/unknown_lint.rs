#![allow(unused_vars)]

fn main() {
    let a = 1;
}
