fn main() {
    let deltas = vec![-3, 4, -5];
    let sizes: Vec<i32> = deltas.iter().copied().map(i32::abs).collect();
    println!("{:?}", sizes);
    let total: i32 = sizes.into_iter().sum();
    println!("{}", total);
}
