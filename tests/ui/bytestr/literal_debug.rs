fn main() {
    let greeting = b"abc";
    println!("{:?}", greeting);
    println!("{}", greeting.len());
    println!("{}", greeting[1]);
}
