// Hexadecimal, binary and octal formatting.
fn main() {
    let n = 202;
    println!("{:x} {:X} {:#x}", n, n, n);
    println!("{:b} {:#010b}", n, n);
    println!("{:o} {:#o}", n, n);
    println!("{:e}", 1234.5);
}
