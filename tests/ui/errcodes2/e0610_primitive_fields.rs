//@ mode: check
// A learner reaches for "fields" on numbers, bools and chars.
fn main() {
    let count = 5;
    let score: u32 = 90;
    let ratio = 2.5f64;
    let done = true;
    let letter = 'a';
    println!("{}", count.value);
    println!("{}", score.0);
    println!("{}", ratio.len);
    println!("{}", done.flag);
    println!("{}", letter.code);
    let half = 1.e5;
    let third = 1.f3;
    println!("{} {}", half, third);
}
