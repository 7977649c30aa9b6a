fn main() {
    let s = "abc";
    println!("{:?}", s.find(|c: char| c as u32));
}
