use std::time::Duration;

fn main() {
    let a = Duration::from_secs(3);
    let b = Duration::from_millis(1250);
    let sum = a + b;
    let diff = a - b;
    println!("{} {} {}", sum.as_secs(), sum.as_millis(), diff.as_secs_f64());
    println!("{} {} {}", a > b, a == Duration::from_millis(3000), b < Duration::ZERO);
    let mut total = Duration::ZERO;
    for ms in [100, 200, 300] {
        total += Duration::from_millis(ms);
    }
    println!("{:?} {}", total, total.subsec_millis());
    println!("{:?} {:?}", b.checked_sub(a), a.checked_sub(b));
    println!("{:?}", b.saturating_sub(a).is_zero());
    let mut v = vec![Duration::from_secs(1), Duration::from_millis(10), Duration::from_micros(5)];
    v.sort();
    println!("{:?}", v);
}
