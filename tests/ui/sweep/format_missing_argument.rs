//@ mode: check
// More placeholders than arguments.
fn main() {
    let width = 3;
    let height = 4;
    println!("{} x {} = {}", width, height);
}
