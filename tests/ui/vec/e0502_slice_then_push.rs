fn main() {
    let mut v = vec![1, 2, 3];
    let part = &v[1..];
    v.push(4);
    println!("{:?}", part);
}
