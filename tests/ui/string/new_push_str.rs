fn main() {
    let mut s = String::new();
    println!("[{}] {} {}", s, s.len(), s.is_empty());
    s.push_str("hello");
    s.push(',');
    s.push_str(" world");
    println!("[{}] {} {}", s, s.len(), s.is_empty());
}
