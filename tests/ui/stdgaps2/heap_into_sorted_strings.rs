use std::collections::BinaryHeap;

fn main() {
    let names = vec!["mia", "zoe", "al", "bo", "kim", "ann"];
    let heap: BinaryHeap<String> = names.iter().map(|s| s.to_string()).collect();
    println!("{:?}", heap);
    println!("{:?}", heap.peek());
    let mut copy = heap.clone();
    copy.push("max".to_string());
    println!("{} {}", heap.len(), copy.len());
    println!("{:?}", copy.into_vec());
    let sorted = heap.into_sorted_vec();
    println!("{:?}", sorted);
    let mut top3 = BinaryHeap::from(vec![7, 7, 3, 9, 9, 1]);
    let mut out = Vec::new();
    while out.len() < 3 {
        match top3.pop() {
            Some(x) => out.push(x),
            None => break,
        }
    }
    println!("{:?} left {:?}", out, top3);
}
