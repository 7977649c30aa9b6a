//@ mode: check
// A `Vec` cannot be multiplied; the note says the type is another crate's.
fn main() {
    let v = vec![1, 2];
    let b = v * 2;
    println!("{:?}", b);
}
