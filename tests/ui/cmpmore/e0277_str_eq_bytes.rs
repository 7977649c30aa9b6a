fn main() {
    let tag = b"abc";
    println!("{}", "abc" == tag);
}
