//@ mode: check
// Arms of different types, an unreachable arm, and witnesses inside tuples.
fn kind(n: u8) -> &'static str {
    match n {
        0 => "zero",
        _ => "other",
        5 => "five",
    }
}
fn sign(n: i64) -> i32 {
    match n {
        0 => 0,
        1..=i64::MAX => 1,
        _ => -1,
    }
}
fn pick(b: bool) -> i32 {
    match b {
        true => 1,
        false => "zero",
    }
}
fn small(n: u8) -> i32 {
    match n {
        1 | 2 => 1,
    }
}
fn t(p: (i32, bool)) -> i32 {
    match p {
        (0, _) => 0,
        (_, true) => 1,
    }
}
fn main() {
    println!("{} {} {} {} {}", kind(1), sign(-5), pick(true), small(1), t((1, false)));
}
