// `split_off` moves the tail into a new Vec.
fn main() {
    let mut v = vec!['a', 'b', 'c', 'd'];
    let tail = v.split_off(1);
    println!("{:?} {:?}", v, tail);
    let all = v.split_off(0);
    println!("{:?} {:?}", v, all);
    let none = v.split_off(0);
    println!("{:?}", none);
}
