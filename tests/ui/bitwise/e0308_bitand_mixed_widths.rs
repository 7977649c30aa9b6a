//@ mode: check
// `&` needs both operands of the same integer type.
fn main() {
    let a: u8 = 3;
    let b: u32 = 5;
    println!("{}", a & b);
}
