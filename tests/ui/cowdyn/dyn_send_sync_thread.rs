use std::error::Error;
use std::thread;

fn work(n: i32) -> Result<i32, Box<dyn Error + Send + Sync>> {
    if n < 0 {
        return Err(format!("negative input {n}").into());
    }
    Ok(n * 10)
}

fn main() {
    let handle = thread::spawn(|| work(-4));
    match handle.join().unwrap() {
        Ok(v) => println!("value {v}"),
        Err(e) => println!("thread error: {e}"),
    }
    let ok = thread::spawn(|| work(5)).join().unwrap();
    println!("{:?}", ok.map_err(|e| e.to_string()));
}
