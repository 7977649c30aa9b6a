fn main() {
    let widths = [3u64, 4, 5];
    let area = widths.iter().map(|w| w * w).sum::<u64>();
    println!("{}", area);
}
