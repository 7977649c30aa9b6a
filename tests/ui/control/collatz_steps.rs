// Counting the steps of the Collatz sequence with nested control flow.
fn collatz_steps(start: u64) -> u32 {
    let mut value = start;
    let mut steps = 0;
    while value != 1 {
        if value % 2 == 0 {
            value /= 2;
        } else {
            value = 3 * value + 1;
        }
        steps += 1;
    }
    steps
}

fn main() {
    let mut start = 1;
    while start <= 10 {
        println!("{} takes {} steps", start, collatz_steps(start));
        start += 1;
    }
    println!("27 takes {} steps", collatz_steps(27));
}
