//@ mode: check
// Two `break`s giving the same loop values of different types.
fn main() {
    let mut n = 0;
    let answer = loop {
        n += 1;
        if n == 10 {
            break n;
        }
        if n > 20 {
            break false;
        }
    };
    println!("{answer}");
}
