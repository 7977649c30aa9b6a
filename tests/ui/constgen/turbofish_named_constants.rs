const SIZE: usize = 3;
const LONG: usize = SIZE * 2;
fn zeros<const N: usize>() -> [u8; N] {
    [0; N]
}
fn main() {
    let a = zeros::<SIZE>();
    let b = zeros::<LONG>();
    let c: [u8; SIZE] = zeros::<SIZE>();
    println!("{:?} {:?} {:?}", a, b, c);
}
