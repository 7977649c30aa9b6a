fn main() {
    let mut v = vec![2.5f32, 1.0];
    v.sort_unstable();
    println!("{:?}", v);
}
