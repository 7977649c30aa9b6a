use std::thread;

fn main() {
    let mut data = vec![1, 2, 3, 4, 5];
    thread::scope(|s| {
        for x in data.iter_mut() {
            s.spawn(move || *x *= 10);
        }
    });
    println!("{:?}", data);
}
