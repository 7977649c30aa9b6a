fn main() {
    let s = String::new();
    s.push_str("x");
}
