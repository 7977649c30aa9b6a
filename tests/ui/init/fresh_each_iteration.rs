//@ mode: run
// A `let x;` inside a loop is a new, uninitialised binding in every round.
fn main() {
    let mut total = 0;
    for i in 0..5 {
        let step;
        if i % 2 == 0 {
            step = i * 10;
        } else {
            step = 1;
        }
        total += step;
    }
    println!("{total}");
}
