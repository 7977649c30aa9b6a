fn main() {
    let total: u64 = vec![1, 2].into_iter().collect();
    println!("{}", total);
}
