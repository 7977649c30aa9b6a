fn main() {
    let bytes = vec![0x68, 0x69, 0xe2, 0x82];
    let text = String::from_utf8(bytes).unwrap();
    println!("{}", text);
}
