// `unzip` turns an iterator of pairs into two collections.
fn main() {
    let scores = vec![("ann", 90), ("ben", 72), ("cat", 85)];
    let (names, points): (Vec<&str>, Vec<i32>) = scores.into_iter().unzip();
    println!("{:?}", names);
    println!("{:?}", points);
    let total: i32 = points.iter().sum();
    println!("{}", total);
}
