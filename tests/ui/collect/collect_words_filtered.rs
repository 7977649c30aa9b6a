fn main() {
    let sentence = "a quick brown fox jumps over a lazy dog";
    let long: Vec<&str> = sentence
        .split_whitespace()
        .filter(|w| w.len() > 4)
        .collect();
    let initials: String = sentence.split_whitespace().map(|w| w.chars().next().unwrap()).collect();
    println!("{:?} {}", long, initials);
}
