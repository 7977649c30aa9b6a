// `+=` on a struct needs `AddAssign` for the right-hand side's type.
struct Score {
    points: i32,
}

fn main() {
    let mut score = Score { points: 0 };
    score += 10;
    println!("{}", score.points);
}
