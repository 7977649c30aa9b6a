use std::thread;

fn main() {
    let a = [1, 2, 3];
    let b = [4, 5, 6];
    thread::scope(|s| {
        let ha = s.spawn(|| a.iter().map(|x| x * x).sum::<i32>());
        let hb = s.spawn(|| b.iter().map(|x| x * x).sum::<i32>());
        let (x, y) = (ha.join().unwrap(), hb.join().unwrap());
        println!("{} + {} = {}", x, y, x + y);
    });
}
