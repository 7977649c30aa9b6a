//@ mode: check
fn main() {
    let mut score = 10;
    score += 0.5;
    println!("{score}");
}
