fn main() {
    let s: String = "hello";
    println!("{}", s);
}
