fn main() {
    for byte in b"Az9 " {
        println!("{} {} {}", char::from(*byte), byte.is_ascii_uppercase(), byte.is_ascii_digit());
    }
}
