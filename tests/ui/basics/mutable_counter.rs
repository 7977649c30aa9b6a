// `let mut` and compound assignment operators.
fn main() {
    let mut score = 10;
    score += 5;
    println!("after += 5: {}", score);
    score -= 3;
    println!("after -= 3: {}", score);
    score *= 4;
    println!("after *= 4: {}", score);
    score /= 5;
    println!("after /= 5: {}", score);
    score %= 4;
    println!("after %= 4: {}", score);
}
