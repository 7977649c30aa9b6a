fn main() {
    let fruits = vec!["fig", "kiwi"];
    let pairs: Vec<(usize, &str)> = fruits.iter().map(|f| *f).enumerate().collect();
    println!("{:?}", pairs);
}
