fn main() {
    let mut scores: Vec<i32> = Vec::new();
    println!("empty: {} {}", scores.is_empty(), scores.len());
    scores.push(70);
    scores.push(85);
    scores.push(92);
    println!("{:?} has {} scores", scores, scores.len());
    println!("empty now? {}", scores.is_empty());
}
