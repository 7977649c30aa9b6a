fn main() {
    let scores = [7, 42, 100];
    let labels = scores.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    println!("{:?}", labels);
}
