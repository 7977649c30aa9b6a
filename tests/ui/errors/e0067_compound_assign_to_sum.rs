//@ mode: check
fn main() {
    let mut total = 10;
    let step = 2;
    total + step -= 1;
    println!("{total}");
}
