// Counting rising steps with `windows`, and a window longer than the slice.
fn main() {
    let depths = [3, 5, 4, 8, 9, 2];
    let rises = depths.windows(2).filter(|w| w[1] > w[0]).count();
    println!("{}", rises);
    let sums: Vec<i32> = depths.windows(3).map(|w| w.iter().sum()).collect();
    println!("{:?}", sums);
    println!("{}", depths.windows(7).count());
}
