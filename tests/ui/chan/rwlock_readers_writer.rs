use std::sync::RwLock;

fn main() {
    let lock = RwLock::new(vec![1, 2, 3]);
    {
        let a = lock.read().unwrap();
        let b = lock.read().unwrap();
        println!("readers see {:?} and {}", a, b.len());
    }
    {
        let mut w = lock.write().unwrap();
        w.push(4);
    }
    println!("after write: {:?}", lock.read().unwrap());
    println!("{:?}", lock.into_inner().unwrap());
}
