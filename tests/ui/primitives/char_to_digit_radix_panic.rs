fn digit(c: char, radix: u32) -> Option<u32> {
    c.to_digit(radix)
}

fn main() {
    println!("{:?}", digit('z', 36));
    println!("{:?}", digit('z', 40));
}
