fn main() {
    let scores = [7, 9, 4];
    let halves: [f64; 2] = scores.map(|s| s as f64 / 2.0);
    println!("{:?}", halves);
}
