fn main() {
    let mut bytes: Vec<u8> = b"hey".to_vec();
    bytes.push(b'!');
    println!("{:?}", bytes);
    println!("{}", bytes == b"hey!");
    println!("{}", bytes != *b"hey?");
}
