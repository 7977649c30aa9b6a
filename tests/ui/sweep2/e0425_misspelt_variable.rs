//@ mode: check
// A typo in a variable name.
fn main() {
    let total_price = 40;
    let discount = 5;
    println!("{}", total_prices - discount);
}
