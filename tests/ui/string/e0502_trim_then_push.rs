fn main() {
    let mut s = String::from(" padded ");
    let t = s.trim();
    s.push_str("more");
    println!("{}", t);
}
