fn main() {
    let names = vec!["ada", "grace"];
    let owned: Vec<String> = names.iter().copied().map(String::from).collect();
    println!("{:?}", owned);
    let shown: Vec<String> = [1, 2].iter().map(ToString::to_string).collect();
    println!("{:?}", shown);
}
