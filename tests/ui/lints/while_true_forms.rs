//@ mode: run
// `while true`, also in parentheses (both lints, parentheses first).
fn main() {
    let mut n = 0;
    while (true) {
        n += 1;
        if n == 2 {
            break;
        }
    }
    while true {
        n += 1;
        if n > 4 {
            break;
        }
    }
    while false {}
    println!("{n}");
}
