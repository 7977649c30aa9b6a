//@ mode: check
// Subtracting a float literal from an integer parameter.
fn discount(price: u32) -> u32 {
    price - 0.5
}

fn main() {
    println!("{}", discount(10));
}
