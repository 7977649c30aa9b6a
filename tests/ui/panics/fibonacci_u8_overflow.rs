// Fibonacci numbers outgrow a u8 after 233.
fn main() {
    let mut previous: u8 = 0;
    let mut current: u8 = 1;
    loop {
        print!("{} ", current);
        let next = previous + current;
        previous = current;
        current = next;
    }
}
