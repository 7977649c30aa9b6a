// Calling `next` by hand on a slice iterator.
fn main() {
    let v = vec![10, 20];
    let mut it = v.iter();
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());
}
