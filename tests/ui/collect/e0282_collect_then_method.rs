fn main() {
    let temps = vec![18, 21, 19];
    let count = temps.iter().map(|t| t + 2).collect().len();
    println!("{}", count);
}
