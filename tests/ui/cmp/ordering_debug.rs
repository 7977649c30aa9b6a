use std::cmp::Ordering;

fn main() {
    let all = [Ordering::Less, Ordering::Equal, Ordering::Greater];
    for o in all {
        println!("{:?} reversed is {:?}", o, o.reverse());
    }
    println!("{:?}", all);
}
