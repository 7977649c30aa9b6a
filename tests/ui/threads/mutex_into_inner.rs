use std::sync::Mutex;

fn main() {
    let m = Mutex::new(10);
    *m.lock().unwrap() *= 3;
    let v = m.into_inner().unwrap();
    println!("{v}");
}
