//@ mode: check
fn main() {
    let x: i32 = 9;
    let b: u8 = u8::try_from(x);
    println!("{}", b);
}
