//@ mode: check
fn main() {
    let mut balance: i64 = 5;
    -balance = 3;
    println!("{balance}");
}
