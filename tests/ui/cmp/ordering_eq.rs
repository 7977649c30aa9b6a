use std::cmp::Ordering;

fn main() {
    let o = 4.cmp(&9);
    if o == Ordering::Less {
        println!("less");
    }
    if o != Ordering::Greater {
        println!("not greater");
    }
    let copy = o;
    println!("{:?} {:?}", o, copy);
}
