fn main() {
    let mut s = String::new();
    println!("{}", s);
    s = String::from("a");
    let mut v = vec![1];
    println!("{:?}", v);
    v = Vec::new();
}
