//@ mode: check
fn main() {
    let a = true;
    let b = false;
    if a and b {
        println!("both");
    }
}
