// Floats are not `Ord`: `max` over them is refused.
fn main() {
    let v = vec![1.5, 0.5];
    let m = v.iter().max();
    println!("{:?}", m);
}
