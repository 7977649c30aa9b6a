fn main() {
    let mut t = String::from("hello");
    let s = &mut t;
    *s = s.to_uppercase();
    println!("{}", s);
}
