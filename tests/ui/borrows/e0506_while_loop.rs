//@ mode: check
fn main() {
    let mut n = 0;
    let first = &n;
    while n < 3 {
        n += 1;
    }
    println!("{first}");
}
