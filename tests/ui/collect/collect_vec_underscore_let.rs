fn main() {
    let letters: Vec<_> = "rust".chars().collect();
    println!("{:?}", letters);
    println!("first: {}", letters[0]);
}
