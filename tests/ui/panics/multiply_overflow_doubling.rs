// Doubling an i32 until it no longer fits: the multiplication overflows.
fn main() {
    let mut value: i32 = 1;
    let mut step = 0;
    loop {
        println!("step {}: {}", step, value);
        value *= 2;
        step += 1;
    }
}
