fn main() {
    let escaped = b"a\n\x41\\\"\0\t";
    println!("{:?}", escaped);
    let raw = br"a\n";
    println!("{:?} {}", raw, raw.len());
    let empty = b"";
    println!("{:?} {}", empty, empty.is_empty());
}
