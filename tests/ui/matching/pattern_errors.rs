//@ mode: check
// Unreachable arms, strings, guard-only matches, refutable let.
fn a(n: u8) -> u8 {
    match n {
        0..=100 => 1,
        50 => 2,
        101..=255 => 3,
        7 => 4,
    }
}
fn b(c: char) -> u8 {
    match c {
        x => 1,
        'q' => 2,
    }
}
fn c(t: (bool, bool)) -> u8 {
    match t {
        (true, _) => 1,
        (false, true) => 2,
    }
}
fn d(s: &str) -> u8 {
    match s {
        "a" => 1,
    }
}
fn e(n: i32) -> u8 {
    match n {
        _ if n > 0 => 1,
    }
}
fn main() {
    let (x, 5) = (1, 2);
    println!("{} {} {} {} {} {}", a(1), b('q'), c((true, true)), d("a"), e(1), x);
}
