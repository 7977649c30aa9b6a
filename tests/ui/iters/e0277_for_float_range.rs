// `for` over a float range: `Range<{float}>` is not an iterator.
fn main() {
    for x in 0.0..1.0 {
        println!("{}", x);
    }
}
