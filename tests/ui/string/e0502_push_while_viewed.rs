fn main() {
    let mut s = String::from("abc");
    let view = s.as_str();
    s.push_str("def");
    println!("{}", view);
}
