use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    pri: u8,
    name: String,
}

fn main() {
    let mut h = BinaryHeap::new();
    h.push(Task { pri: 2, name: "b".to_string() });
    h.push(Task { pri: 9, name: "a".to_string() });
    h.push(Task { pri: 5, name: "c".to_string() });
    println!("{:#?}", h.peek());
    for t in &h {
        print!("{} ", t.name);
    }
    println!();
    let v: Vec<u8> = h.iter().map(|t| t.pri).collect();
    println!("{:?}", v);
    for t in h.into_sorted_vec() {
        println!("{:?}", t);
    }
    let words = BinaryHeap::from(vec!["pear", "apple", "fig"]);
    for w in words {
        print!("{} ", w);
    }
    println!();
    let mut d: BinaryHeap<i64> = BinaryHeap::with_capacity(4);
    d.push(-3);
    d.clear();
    println!("{} {:?}", d.len(), d);
}
