use std::thread;

fn main() {
    let data = vec![3, 1, 4, 1, 5];
    let h = thread::spawn(move || {
        let s: i32 = data.iter().sum();
        let m = data.iter().max().map(|x| *x);
        (s, m)
    });
    let (sum, max) = h.join().unwrap();
    println!("sum={sum} max={max:?}");
}
