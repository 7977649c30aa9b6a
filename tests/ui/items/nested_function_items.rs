//@ mode: run
// A helper function defined inside main.
fn main() {
    fn square(n: i32) -> i32 {
        n * n
    }
    let mut total = 0;
    for i in 1..=4 {
        total += square(i);
    }
    println!("sum of squares = {total}");
}
