//@ mode: run
// An explicit panic! with a formatted message, and its exit code.
fn check_score(score: i32) -> i32 {
    if score < 0 || score > 100 {
        panic!("score {score} is out of range 0..={}", 100);
    }
    score
}

fn main() {
    let mut sum = 0;
    let mut s = 40;
    while s < 200 {
        sum += check_score(s);
        println!("sum so far: {sum}");
        s += 35;
    }
}
