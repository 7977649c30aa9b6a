// Type parameters and lifetimes together.
fn longer_of<'a, T>(x: &'a [T], y: &'a [T]) -> &'a [T] {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let a = vec![1, 2, 3];
    let b = vec![4, 5];
    println!("{:?}", longer_of(&a, &b));
}
