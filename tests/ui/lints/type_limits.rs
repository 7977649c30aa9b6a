//@ mode: run
// Comparisons that the integer type's range decides, on either side of the operator.
fn check(a: u8, b: i8, c: u64, d: usize) {
    if a >= 0 { println!("a"); }
    if 0 <= c { println!("c"); }
    if b > 127 { println!("never"); }
    if b <= -128 { println!("min"); }
    if a < 0 { println!("never"); }
    if 255 >= a { println!("a fits"); }
    if d > 0 { println!("d"); }
    let below = b >= -128;
    println!("{below}");
}

fn main() {
    check(1, -128, 2, 3);
}
