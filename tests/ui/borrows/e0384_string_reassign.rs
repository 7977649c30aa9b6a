fn main() {
    let s = String::new();
    println!("{}", s);
    s = String::from("a");
    println!("{}", s);
}
