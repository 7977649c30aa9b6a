//@ mode: check
// Type errors in a nested function are reported like in any function.
fn main() {
    fn half(n: i32) -> i32 {
        n as f64 / 2.0
    }
    println!("{}", half(8));
}
