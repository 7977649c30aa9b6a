fn main() {
    let deltas = vec![-3, 1, -4];
    let size = deltas.iter().sum().abs();
    println!("{}", size);
}
