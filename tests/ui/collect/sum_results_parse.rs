fn main() {
    let good: Result<i32, _> = ["3", "4"].iter().map(|s| s.parse::<i32>()).sum();
    let bad: Result<i32, _> = ["3", "four"].iter().map(|s| s.parse::<i32>()).sum();
    println!("{:?}", good);
    println!("{:?}", bad);
}
