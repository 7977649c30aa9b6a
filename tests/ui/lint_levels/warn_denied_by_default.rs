#[warn(arithmetic_overflow)]
fn main() {
    let big: i32 = 2147483647 + 1;
    println!("{}", big);
}
