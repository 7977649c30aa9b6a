fn main() {
    let n = "5".parse();
    println!("{:?}", n);
}
