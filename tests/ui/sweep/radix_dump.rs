//@ mode: run
// Printing the same numbers in several bases.
fn main() {
    let mut n: u8 = 1;
    for _ in 0..4 {
        println!("{:>3} | {:#06x} | {:#010b} | {:o}", n, n, n, n);
        n = n * 3 + 2;
    }
    let big: u32 = 3735928559;
    println!("{:X} {:#x} {:x}", big, big, 0u8);
    let signed: i16 = -2;
    println!("{:b} {:x} {:#o}", signed, signed, signed);
}
