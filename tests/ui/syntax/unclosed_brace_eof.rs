//@ mode: check
fn main() {
    let count = 3;
    if count > 2 {
        println!("big");
}
