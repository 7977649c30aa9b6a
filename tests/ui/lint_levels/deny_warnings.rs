#![deny(warnings)]

fn main() {
    let count = 3;
    let mut total = 0;
    println!("{}", total);
}
