// Subtracting more than a u8 holds goes below zero.
fn remaining(stock: u8, sold: u8) -> u8 {
    stock - sold
}

fn main() {
    println!("{}", remaining(10, 4));
    println!("{}", remaining(10, 11));
    println!("unreachable");
}
