//@ mode: check
// An assignment in a loop runs again in the next round.
fn main() {
    let x;
    let mut n = 0;
    loop {
        x = n * 2;
        n += 1;
        if n > 3 {
            break;
        }
    }
    println!("{x}");
}
