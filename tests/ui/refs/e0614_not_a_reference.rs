//@ mode: check
fn main() {
    let n = 7;
    let m = *n;
    println!("{m}");
}
