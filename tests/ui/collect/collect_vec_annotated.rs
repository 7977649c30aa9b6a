fn main() {
    let prices = vec![3, 8, 12];
    let doubled: Vec<i32> = prices.iter().map(|p| p * 2).collect();
    println!("{:?}", doubled);
}
