#[allow(overflowing_literals)]
fn main() {
    let wrapped: u8 = 256;
    println!("{}", wrapped);
}
