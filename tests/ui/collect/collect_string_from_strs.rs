fn main() {
    let parts = vec!["wall", "-", "e"];
    let name: String = parts.iter().map(|p| *p).collect();
    println!("{}", name);
}
