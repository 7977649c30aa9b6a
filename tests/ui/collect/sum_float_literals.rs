fn main() {
    let weights = vec![0.25, 0.5, 1.25];
    let total = weights.iter().sum::<f64>();
    let doubled: f64 = weights.iter().map(|w| w * 2.0).sum();
    println!("{} {}", total, doubled);
}
