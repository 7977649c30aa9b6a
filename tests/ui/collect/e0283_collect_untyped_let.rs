fn main() {
    let temps = vec![18, 21, 19];
    let warmer = temps.iter().map(|t| t + 2).collect();
    println!("{:?}", warmer);
}
