use std::num::TryFromIntError;

fn sum_bytes(a: i32, b: i32) -> Result<u8, TryFromIntError> {
    let x = u8::try_from(a)?;
    let y: u8 = b.try_into()?;
    Ok(x.wrapping_add(y))
}

fn main() {
    println!("{:?}", sum_bytes(10, 20));
    println!("{:?}", sum_bytes(10, 2000));
}
