use std::collections::BinaryHeap;

fn main() {
    let mut h: BinaryHeap<u32> = BinaryHeap::new();
    h.push("five");
    println!("{}", h.len());
}
