use std::collections::BinaryHeap;

fn main() {
    let h = BinaryHeap::from(vec![3, 1, 2]);
    h.push(4);
    println!("{:?}", h);
}
