//@ mode: check
fn main() {
    let mut total;
    total = 10;
    total = 'x';
    println!("{total}");
}
