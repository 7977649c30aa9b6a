fn main() {
    let mut v = vec![1];
    v.extend(5);
    println!("{:?}", v);
}
