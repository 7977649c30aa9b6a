use std::thread;

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = (&v[..3], &v[3..]);
    thread::scope(|s| {
        let a = s.spawn(|| left.iter().sum::<i32>());
        let b = s.spawn(|| right.iter().sum::<i32>());
        println!("{} {}", a.join().unwrap(), b.join().unwrap());
    });
    println!("{:?}", v);
}
