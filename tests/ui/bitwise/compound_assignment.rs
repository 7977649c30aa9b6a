//@ mode: run
// Every compound assignment operator on integers.
fn main() {
    let mut x = 100;
    x += 5;
    println!("+= {x}");
    x -= 15;
    println!("-= {x}");
    x *= 3;
    println!("*= {x}");
    x /= 7;
    println!("/= {x}");
    x %= 10;
    println!("%= {x}");
    let mut bits: u8 = 0b1010_1010;
    bits &= 0b1111_0000;
    println!("&= {bits:08b}");
    bits |= 0b0000_0011;
    println!("|= {bits:08b}");
    bits ^= 0xFF;
    println!("^= {bits:08b}");
    bits <<= 2;
    println!("<<= {bits:08b}");
    bits >>= 3;
    println!(">>= {bits:08b}");
}
