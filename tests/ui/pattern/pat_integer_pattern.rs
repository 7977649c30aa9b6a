fn main() {
    let s = "abc";
    println!("{:?}", s.find(5));
}
