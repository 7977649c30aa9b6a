// if / else if / else used as an expression.
fn grade(score: u32) -> char {
    if score >= 90 {
        'A'
    } else if score >= 80 {
        'B'
    } else if score >= 70 {
        'C'
    } else {
        'F'
    }
}

fn main() {
    let scores_seen = 4;
    println!("{} {} {} {}", grade(95), grade(85), grade(72), grade(10));
    let verdict = if scores_seen > 3 { "enough scores" } else { "need more" };
    println!("{}", verdict);
}
