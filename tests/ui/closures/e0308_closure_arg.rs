//@ mode: check
// A closure called with an argument of the wrong type.
fn main() {
    let next = |x: i32| x + 1;
    let y = next(true);
    println!("{}", y);
}
