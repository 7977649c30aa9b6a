//@ mode: check
struct Score {
    points: u32,
}

fn reset(s: &Score) {
    s.points = 0;
}

fn main() {
    let s = Score { points: 9 };
    reset(&s);
    println!("{}", s.points);
}
