// A lossless conversion's error is `Infallible`, not `TryFromIntError`.
use std::num::TryFromIntError;

fn main() {
    let r: Result<u16, TryFromIntError> = u16::try_from(5u8);
    println!("{:?}", r);
}
