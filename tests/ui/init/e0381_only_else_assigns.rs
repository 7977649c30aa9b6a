//@ mode: check
// Only the `else` branch initialises the binding.
fn main() {
    let x;
    let n = 3;
    if n > 2 {
        println!("big");
    } else {
        x = 2;
    }
    println!("{x}");
}
