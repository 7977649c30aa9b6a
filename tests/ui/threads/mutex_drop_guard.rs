use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1, 2]);
    let mut g = m.lock().unwrap();
    g.push(3);
    drop(g);
    {
        let mut g2 = m.lock().unwrap();
        g2.push(4);
    }
    let g3 = m.lock().unwrap();
    println!("{:?} len {}", g3, g3.len());
}
