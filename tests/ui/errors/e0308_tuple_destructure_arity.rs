//@ mode: check
// A tuple annotation that does not match the value.
fn main() {
    let point: (i32, i32) = (1, 2, 3);
    let (x, y) = point;
    println!("{x} {y}");
}
