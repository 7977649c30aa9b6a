// Items of a slice iterator borrow the Vec, not the iterator: they may outlive it.
fn main() {
    let v = vec![4, 8, 15];
    let first = v.iter().next();
    let big = v.iter().find(|&&x| x > 5);
    let mut it = v.iter();
    let a = it.next();
    let b = it.next();
    println!("{:?} {:?} {:?} {:?}", first, big, a, b);
}
