fn main() {
    let mut it = "abc".chars();
    it.next();
    let rest: String = it.as_str();
    println!("{}", rest);
}
