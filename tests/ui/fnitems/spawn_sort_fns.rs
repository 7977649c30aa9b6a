use std::cmp::Ordering;
use std::thread;

fn worker() -> u32 {
    42
}

fn show(x: i32) {
    println!("item {}", x);
}

fn by_len(s: &&str) -> usize {
    s.len()
}

fn longest_first(a: &&str, b: &&str) -> Ordering {
    b.len().cmp(&a.len())
}

fn main() {
    let h = thread::spawn(worker);
    println!("{}", h.join().unwrap());
    vec![1, 2].into_iter().for_each(show);
    let mut w = vec!["ccc", "a", "bb"];
    w.sort_by_key(by_len);
    println!("{:?}", w);
    w.sort_by(longest_first);
    println!("{:?}", w);
    println!("{:?}", w.iter().map(by_len).max());
}
