fn main() {
    let mut t = String::from("hello");
    let s = &mut t;
    *s = s.replace("l", "L");
    *s = s.as_str().replace("h", "H");
    println!("{}", s);
}
