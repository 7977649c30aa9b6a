//@ mode: check
// `bool`, `char` and fieldless enums go through an integer to become floats.
#[derive(Clone, Copy)]
enum Grade {
    Fail,
    Pass,
}

fn score(passed: bool) -> f64 {
    passed as f64 * 100.0
}

fn letter_weight(c: char) -> f32 {
    c as f32 / 2.0
}

fn main() {
    println!("{}", score(true));
    println!("{}", letter_weight('b'));
    let g = Grade::Pass;
    let w = g as f64;
    let ok = g as i32;
    println!("{} {}", w, ok);
}
