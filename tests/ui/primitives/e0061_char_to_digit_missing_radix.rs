//@ mode: check
fn main() {
    let c = '7';
    println!("{:?}", c.to_digit());
}
