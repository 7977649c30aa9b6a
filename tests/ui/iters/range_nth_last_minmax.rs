// Consumers on ranges: `nth`, `last`, `min`, `max`.
fn main() {
    println!("{:?}", (0..10).nth(3));
    println!("{:?}", (0..10).last());
    println!("{:?} {:?}", (3..9).min(), (3..9).max());
    println!("{:?}", (5..5).max());
}
