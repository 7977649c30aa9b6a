//@ mode: check
// Adding a float to an integer variable.
fn main() {
    let count: i32 = 3;
    let average = count / 2.0;
    println!("{average}");
}
