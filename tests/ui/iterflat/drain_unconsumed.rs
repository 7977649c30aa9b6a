fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.drain(1..3);
    println!("{:?}", v);
}
