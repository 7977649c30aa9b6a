fn main() {
    let mut f = vec![2.5, -1.0, 0.5, 10.0];
    f.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", f);
    f.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", f);
}
