fn main() {
    let word = String::from_utf8(vec![114, 117, 115, 116]);
    println!("{:?}", word);
    let text = String::from_utf8(b"caf\xc3\xa9".to_vec()).unwrap();
    println!("{} {}", text, text.len());
}
