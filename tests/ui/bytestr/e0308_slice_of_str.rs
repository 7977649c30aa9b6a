fn main() {
    let bytes: &[u8] = "abc";
    println!("{:?}", bytes);
}
