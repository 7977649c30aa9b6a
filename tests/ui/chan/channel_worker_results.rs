use std::sync::mpsc;
use std::thread;

fn square_all(nums: Vec<u64>, tx: mpsc::Sender<(u64, u64)>) {
    for n in nums {
        tx.send((n, n * n)).unwrap();
    }
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let t2 = tx.clone();
    let a = thread::spawn(move || square_all(vec![1, 2], tx));
    let b = thread::spawn(move || square_all(vec![3], t2));
    a.join().unwrap();
    b.join().unwrap();
    let mut pairs: Vec<(u64, u64)> = rx.into_iter().collect();
    pairs.sort();
    for (n, sq) in &pairs {
        println!("{} -> {}", n, sq);
    }
}
