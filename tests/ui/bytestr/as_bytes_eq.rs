fn main() {
    let word = "abc";
    println!("{}", word.as_bytes() == b"abc");
    println!("{}", word.as_bytes() != b"abd");
    let other = String::from("xy");
    println!("{}", other.as_bytes() == b"xyz");
}
