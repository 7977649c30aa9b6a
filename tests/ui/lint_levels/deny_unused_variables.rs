#![deny(unused_variables)]

fn main() {
    let width = 4;
    let height = 5;
    println!("area unknown");
}
