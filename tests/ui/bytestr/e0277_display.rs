fn main() {
    let tag = b"abc";
    println!("{}", tag);
}
