fn main() {
    let chars = vec!['o', 'k'];
    let s: String = chars.iter().collect();
    println!("{}", s);
}
