fn checksum(data: &[u8]) -> u32 {
    data.iter().map(|b| *b as u32).sum()
}

fn main() {
    let word = String::from("Rust é");
    let bytes = word.as_bytes();
    println!("{:?} {}", bytes, bytes.len());
    println!("{} {}", bytes[0] as char, checksum("abc".as_bytes()));
    let upper: Vec<char> = "hey".as_bytes().iter().map(|b| (b - 32) as char).collect();
    println!("{:?}", upper);
    println!("{:?}", "".as_bytes());
}
