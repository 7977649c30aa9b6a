use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    println!("{:?} {}", q, q.len());
    println!("{:?} {:?}", q.front(), q.back());
    println!("{:?}", q.pop_front());
    println!("{:?}", q.pop_back());
    println!("{:?} {}", q, q.is_empty());
    q.clear();
    println!("{:?} {:?}", q.pop_front(), q.front());
}
