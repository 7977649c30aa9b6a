fn main() {
    for c in ['q', 'Q', '5', '#', ' ', 'f', 'ß'] {
        println!("{:?}: {} {} {} {} {} {} {}", c, c.is_ascii(), c.is_ascii_alphabetic(),
                 c.is_ascii_digit(), c.is_ascii_punctuation(), c.is_ascii_hexdigit(),
                 c.to_ascii_uppercase(), c.to_ascii_lowercase());
    }
}
