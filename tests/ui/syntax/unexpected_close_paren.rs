//@ mode: check
fn main() {
    let area = (3 + 4) * 2);
    println!("{}", area);
}
