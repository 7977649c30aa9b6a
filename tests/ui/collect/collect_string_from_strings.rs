fn main() {
    let digits = vec![4, 0, 2];
    let text: String = digits.iter().map(|d| d.to_string()).collect();
    println!("{}", text);
}
