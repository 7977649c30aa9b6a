//@ mode: run
// Averaging zero items divides by zero.
fn average(total: i64, count: i64) -> i64 {
    total / count
}

fn main() {
    let mut count = 2;
    while count >= 0 {
        println!("average = {}", average(10, count));
        count -= 1;
    }
}
