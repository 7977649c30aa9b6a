// Dividing by a divisor that turns out to be zero at run time.
fn average(total: u32, count: u32) -> u32 {
    total / count
}

fn main() {
    println!("average: {}", average(90, 3));
    eprintln!("about to average an empty list");
    println!("average: {}", average(0, 0));
}
