// Ranges are iterators: `map`, `sum`, `filter` and `count` on them.
fn main() {
    let squares: i32 = (1..=5).map(|x| x * x).sum();
    println!("{}", squares);
    println!("{}", (1..4).sum::<i32>());
    let odd = (0..10).filter(|x| x % 2 == 1).count();
    println!("{}", odd);
    println!("{}", (1..=6).product::<u64>());
}
