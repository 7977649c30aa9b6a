use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let r = &v;
    let h = thread::spawn(move || {
        println!("{:?}", r);
    });
    h.join().unwrap();
}
