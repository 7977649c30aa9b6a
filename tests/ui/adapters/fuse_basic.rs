// `fuse` keeps answering `None` once the iterator has ended.
fn main() {
    let v = vec![10, 20];
    let mut it = v.iter().fuse();
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    println!("{:?}", it.next());
}
