// Calling `next` and `next_back` on a range by hand.
fn main() {
    let mut r = 1..4;
    println!("{:?}", r.next());
    println!("{:?}", r.next_back());
    println!("{:?}", r.next());
    println!("{:?}", r.next());
    let mut q = 5..=5;
    println!("{:?} {:?}", q.next(), q.next());
}
