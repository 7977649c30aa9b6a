fn main() {
    let s = String::from("word");
    let n = s.length();
    println!("{}", n);
}
