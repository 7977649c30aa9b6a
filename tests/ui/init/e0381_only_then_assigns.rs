//@ mode: check
// Only the `then` branch initialises the binding; the `else` does not.
fn main() {
    let level;
    let n = 3;
    if n > 2 {
        level = "high";
    } else {
        println!("low");
    }
    println!("{level}");
}
