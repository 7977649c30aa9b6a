fn main() {
    let none: Option<String> = None;
    let s = none.unwrap_or_else(String::new);
    println!("[{}]", s);
}
