fn main() {
    let word = String::from("héllo!");
    let bytes: Vec<u8> = word.into_bytes();
    println!("{} bytes: {:?}", bytes.len(), bytes);
    let mut upper = Vec::new();
    for b in String::from("rust").into_bytes() {
        upper.push(b.to_ascii_uppercase());
    }
    println!("{}", String::from_utf8(upper).unwrap());
    let sum: u32 = "abc".to_string().into_bytes().iter().map(|&b| b as u32).sum();
    println!("sum = {}", sum);
}
