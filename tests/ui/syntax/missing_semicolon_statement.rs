//@ mode: check
// A statement missing its semicolon before the next one.
fn main() {
    let mut total = 0;
    for n in 1..4 {
        total += n
        println!("{total}");
    }
}
