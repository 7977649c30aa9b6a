//@ mode: check
// Incrementing an immutable counter inside a loop.
fn main() {
    let count = 0;
    while count < 3 {
        count += 1;
    }
    println!("{count}");
}
