fn main() {
    let digits = vec![1, 2, 3];
    let text: String = digits.iter().collect();
    println!("{}", text);
}
