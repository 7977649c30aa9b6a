fn main() {
    println!("{}", String::from_utf8_lossy(b"a\xffb"));
    println!("{:?}", String::from_utf8_lossy(b"fine"));
    let owned: String = String::from_utf8_lossy(&[0x80, 0x41]).into_owned();
    println!("{} {}", owned, owned.len());
}
