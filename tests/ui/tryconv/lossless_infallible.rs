// Conversions that cannot fail go through rustc's blanket `TryFrom` for every `Into`:
// their error type is `Infallible`.
use std::convert::Infallible;

fn widen(x: u8) -> Result<u32, Infallible> {
    u32::try_from(x)
}

fn main() {
    let a = u16::try_from(200u8);
    let b: Result<i64, _> = (-5i32).try_into();
    let c: i128 = 9u64.try_into().unwrap();
    let same = u8::try_from(7u8);
    println!("{:?} {:?} {} {:?}", a, b, c, same);
    println!("{:?}", widen(255));
    let narrow = i8::try_from(200u8);
    println!("{:?}", narrow);
}
