//@ mode: check
fn main() {
    let mut ready: bool = false;
    ready = 1;
    println!("{ready}");
}
