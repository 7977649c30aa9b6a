use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7] {
        h.push(x);
    }
    println!("{:?}", h);
    println!("len={} peek={:?} empty={}", h.len(), h.peek(), h.is_empty());
    while let Some(x) = h.pop() {
        print!("{} ", x);
        if x == 5 { println!("{:?}", h); }
    }
    println!();
    let h2 = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6]);
    println!("{:?}", h2);
    println!("{:?}", h2.clone().into_vec());
    println!("{:?}", h2.into_sorted_vec());
    let h3: BinaryHeap<i32> = [4, 8, 1, 7].iter().copied().collect();
    println!("{:?} sum={}", h3, h3.iter().sum::<i32>());
    let mut mh = BinaryHeap::new();
    mh.push(Reverse(4)); mh.push(Reverse(2)); mh.push(Reverse(6));
    println!("{:?}", mh);
    println!("{:?}", mh.pop());
    let mut q: BinaryHeap<(Reverse<u32>, usize)> = BinaryHeap::new();
    q.push((Reverse(7), 1)); q.push((Reverse(3), 2)); q.push((Reverse(3), 0));
    while let Some((Reverse(d), n)) = q.pop() { println!("{} {}", d, n); }
    let e: BinaryHeap<String> = BinaryHeap::new();
    println!("{:?} {:?}", e, e.peek());
}
