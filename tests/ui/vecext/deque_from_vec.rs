// `VecDeque::from(vec)` and `Vec::from(deque)`: std's `From` impls between the two.
use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::from(vec![1, 2, 3]);
    q.push_front(0);
    q.push_back(4);
    let first = q.pop_front();
    let back: Vec<i32> = Vec::from(q.clone());
    println!("{:?} {:?} {:?} {}", first, q, back, back.len());
    let words: VecDeque<&str> = VecDeque::from(vec!["a", "b"]);
    println!("{:?}", words);
}
