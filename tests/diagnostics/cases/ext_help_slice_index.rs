// Arrays are indexed by `usize`, not by other integer types.
fn main() {
    let xs = [1, 2, 3];
    let i: i32 = 1;
    println!("{}", xs[i]);
}
