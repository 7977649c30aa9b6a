// `u8::try_from` from an `i32`: in range, too large, negative.
fn main() {
    println!("{:?}", u8::try_from(200i32));
    println!("{:?}", u8::try_from(300i32));
    println!("{:?}", u8::try_from(-1i32));
}
