// Indexing with a `u8` variable is not allowed either.
fn main() {
    let mut xs = [0; 4];
    let k: u8 = 3;
    xs[k] = 1;
    println!("{:?}", xs);
}
