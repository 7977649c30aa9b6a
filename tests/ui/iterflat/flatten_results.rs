fn parse_all(words: &[&str]) -> Vec<i32> {
    words.iter().map(|w| w.parse::<i32>()).flatten().collect()
}

fn main() {
    let ok = parse_all(&["4", "x", "15", "-2", "?"]);
    println!("{:?}", ok);
}
