// A `mut` that is never used.
fn main() {
    let mut total = 10;
    let mut unused_but_read = 3;
    total += unused_but_read;
    println!("{total}");
}
