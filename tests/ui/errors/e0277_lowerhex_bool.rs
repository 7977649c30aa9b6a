//@ mode: check
fn main() {
    let b = true;
    println!("{:x}", b);
}
