//@ mode: check
fn main() {
    let x = 5;
    if 1 < x < 10 {
        println!("in range");
    }
}
