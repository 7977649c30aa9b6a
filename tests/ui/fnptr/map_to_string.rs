fn main() {
    let words: Vec<String> = ["x", "y"].iter().map(ToString::to_string).collect();
    println!("{:?}", words);
    let owned: Vec<String> = vec!["p", "q"].into_iter().map(String::from).collect();
    println!("{:?}", owned);
}
