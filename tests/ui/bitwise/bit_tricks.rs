//@ mode: run
// Bitwise operators: testing, setting and clearing bits.
fn is_power_of_two(n: u32) -> bool {
    n != 0 && n & (n - 1) == 0
}

fn main() {
    for n in 0..10 {
        if is_power_of_two(n) {
            print!("{} ", n);
        }
    }
    println!();
    let flags: u8 = 0b0101;
    println!("{}", flags & 0b0100 != 0);
    println!("{:04b}", flags | 0b1000);
    println!("{:04b}", flags & !0b0001);
    println!("{}", !0i32);
    println!("{}", -16 >> 2);
    println!("{}", 1u64 << 40);
}
