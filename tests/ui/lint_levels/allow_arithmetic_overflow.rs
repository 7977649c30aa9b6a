#[allow(arithmetic_overflow)]
fn main() {
    let x: u8 = 255 + 1;
    println!("{}", x);
}
