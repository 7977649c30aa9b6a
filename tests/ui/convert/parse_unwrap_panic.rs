fn main() {
    let n: i32 = "5x".parse().unwrap();
    println!("{}", n);
}
