fn main() {
    let v = vec![1, 2, 3, 4];
    let start = 3;
    let s = &v[start..2];
    println!("{:?}", s);
}
