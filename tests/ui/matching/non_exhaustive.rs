//@ mode: check
// Non-exhaustive matches: integers, tuples, ranges, chars, with rustc's witnesses.
fn describe(n: i32) -> &'static str {
    match n {
        1 => "one",
        2 | 3 => "a few",
        _ if n < 0 => "negative",
    }
}
fn flags(a: bool, b: bool) -> i32 {
    match (a, b) {
        (true, true) => 1,
        (false, _) => 2,
    }
}
fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        0..=89 => 'B',
    }
}
fn letter(c: char) -> i32 {
    match c {
        'a'..='z' => 1,
    }
}
fn main() {
    println!("{} {} {} {}", describe(2), flags(true, false), grade(95), letter('q'));
}
