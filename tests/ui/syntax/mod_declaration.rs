//@ mode: check
mod utils;

fn main() {
    println!("hi");
}
