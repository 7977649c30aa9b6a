//@ mode: check
// `break` with a value out of a `while`.
fn main() {
    let mut n = 0;
    let found = while n < 10 {
        n += 1;
        if n * n > 20 {
            break n;
        }
    };
    println!("{found:?}");
}
