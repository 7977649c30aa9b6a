use std::num::TryFromIntError;

fn to_byte(v: i64) -> Result<u8, TryFromIntError> {
    v.try_into()
}

fn main() {
    println!("{:?}", to_byte(9));
    println!("{:?}", to_byte(1000));
}
