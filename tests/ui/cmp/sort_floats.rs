fn main() {
    let mut v: Vec<f64> = vec![2.5, 1.0];
    v.sort();
    println!("{:?}", v);
}
