//@ edition: 2021
use std::convert::TryFrom;
use std::convert::TryInto;

fn main() {
    let a = u8::try_from(12i32).unwrap();
    let b: i16 = 40000u32.try_into().unwrap_or(-1);
    println!("{} {}", a, b);
}
