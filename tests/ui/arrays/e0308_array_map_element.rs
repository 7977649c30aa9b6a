fn main() {
    let scores = [7, 9, 4];
    let labels: [String; 3] = scores.map(|s| s * 10);
    println!("{:?}", labels);
}
