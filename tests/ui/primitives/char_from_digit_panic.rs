fn digit_char(n: u32, radix: u32) -> Option<char> {
    char::from_digit(n, radix)
}

fn main() {
    println!("{:?}", digit_char(0, 1));
    println!("{:?}", digit_char(3, 37));
}
