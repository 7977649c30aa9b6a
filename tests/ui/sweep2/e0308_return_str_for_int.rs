//@ mode: check
// Returning text from a function declared to return a number.
fn score(passed: bool) -> i32 {
    if passed {
        return "ten";
    }
    0
}

fn main() {
    println!("{}", score(true));
}
