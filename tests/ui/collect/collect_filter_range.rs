fn main() {
    let squares: Vec<u32> = (1..=10).filter(|n| n % 3 == 0).map(|n| n * n).collect();
    println!("{:?}", squares);
}
