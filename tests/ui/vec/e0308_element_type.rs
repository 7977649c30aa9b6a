fn main() {
    let mut v: Vec<u8> = Vec::new();
    v.push("one");
}
