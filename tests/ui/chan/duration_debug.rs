use std::time::Duration;

fn main() {
    let ds = [
        Duration::from_secs(2),
        Duration::from_millis(1500),
        Duration::from_millis(250),
        Duration::from_micros(1_234),
        Duration::from_nanos(42),
        Duration::from_nanos(1_000_000_001),
        Duration::new(3, 500),
        Duration::ZERO,
    ];
    for d in ds {
        println!("{:?}", d);
    }
    let d = Duration::from_micros(1_234_567);
    println!("[{:.2?}] [{:.0?}] [{:.12?}]", d, d, d);
    println!("[{:>10?}] [{:<10?}] [{:^10?}]", Duration::from_millis(5), Duration::from_millis(5), Duration::from_millis(5));
    println!("{:.1?}", Duration::from_millis(1999));
}
