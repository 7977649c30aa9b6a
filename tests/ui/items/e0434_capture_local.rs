//@ mode: check
// A function item cannot use the local variables of the function around it.
fn main() {
    let factor = 3;
    fn scale(n: i32) -> i32 {
        n * factor
    }
    println!("{} {}", scale(2), factor);
}
