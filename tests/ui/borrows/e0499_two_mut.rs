//@ mode: check
fn main() {
    let mut score = 10;
    let first = &mut score;
    let second = &mut score;
    *second += 1;
    *first += 1;
    println!("{score}");
}
