//@ mode: run
// A binding assigned once inside a `loop` that always runs before the use.
fn main() {
    let first_square_over_50;
    let mut n = 1;
    loop {
        if n * n > 50 {
            first_square_over_50 = n * n;
            break;
        }
        n += 1;
    }
    println!("{first_square_over_50}");
}
