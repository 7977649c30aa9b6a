//@ mode: check
// Integer types never convert implicitly.
fn total(price: u64, quantity: u64) -> u64 {
    price * quantity
}

fn main() {
    let quantity: u8 = 3;
    println!("{}", total(250, quantity));
}
