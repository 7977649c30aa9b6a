fn main() {
    let mut prices = vec![100, 250, 75];
    for p in &mut prices {
        *p = *p * 2;
    }
    println!("{:?}", prices);
}
