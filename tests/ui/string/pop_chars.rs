fn main() {
    let mut s = String::from("ab");
    println!("{:?}", s.pop());
    println!("{:?}", s.pop());
    println!("{:?} [{}]", s.pop(), s);
}
