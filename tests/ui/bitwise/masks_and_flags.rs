//@ mode: run
// Flag sets kept in the bits of an integer.
fn has(flags: u32, flag: u32) -> bool {
    flags & flag == flag
}

fn main() {
    let read = 1 << 0;
    let write = 1 << 1;
    let exec = 1 << 2;
    let mut perms: u32 = read | write;
    println!("read: {}, exec: {}", has(perms, read), has(perms, exec));
    perms |= exec;
    perms &= !write;
    println!("{perms:03b}");
    perms ^= read | write;
    println!("{perms:03b}");
    let mut count = 0;
    let mut bits = 0b1011_0110u32;
    while bits != 0 {
        bits &= bits - 1;
        count += 1;
    }
    println!("ones: {count}");
    let (mut a, mut b) = (12, 25);
    a ^= b;
    b ^= a;
    a ^= b;
    println!("swapped: {a} {b}");
    println!("{:x}", 0xABCDu16 >> 4 & 0xF);
}
