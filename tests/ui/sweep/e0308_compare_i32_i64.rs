//@ mode: check
// Comparing integers of different types.
fn main() {
    let limit: i64 = 1000;
    let mut value: i32 = 1;
    while value < limit {
        value *= 3;
    }
    println!("{value}");
}
