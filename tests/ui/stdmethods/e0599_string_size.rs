fn main() {
    let s = String::from("word");
    let n = s.size();
    println!("{}", n);
}
