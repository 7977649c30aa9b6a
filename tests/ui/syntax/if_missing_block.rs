//@ mode: check
fn main() {
    let x = 3;
    if x > 2
    println!("big");
}
