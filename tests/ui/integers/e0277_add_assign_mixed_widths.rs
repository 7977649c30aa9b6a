//@ mode: check
fn main() {
    let mut total: u32 = 0;
    let bonus: i64 = 7;
    total += bonus;
    println!("{total}");
}
