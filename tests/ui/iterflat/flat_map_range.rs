fn main() {
    let pairs: Vec<(i32, i32)> = (1..4).flat_map(|a| (a..4).map(move |b| (a, b))).collect();
    println!("{:?}", pairs);
    let total: i32 = (1..=3).flat_map(|n| 0..n).sum();
    println!("{}", total);
}
