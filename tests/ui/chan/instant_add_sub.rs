use std::time::{Duration, Instant};
fn main() {
    let a = Instant::now();
    let b = a + Duration::from_millis(1500);
    println!("{:?}", b - a);
    println!("{}", format!("{:?}", a).starts_with("Instant { tv_sec: "));
}
