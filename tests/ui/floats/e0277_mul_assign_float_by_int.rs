//@ mode: check
fn main() {
    let mut price = 9.99;
    price *= 3;
    println!("{price}");
}
