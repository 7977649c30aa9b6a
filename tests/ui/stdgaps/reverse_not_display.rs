use std::cmp::Reverse;

fn main() {
    let r = Reverse(5);
    println!("{}", r);
}
