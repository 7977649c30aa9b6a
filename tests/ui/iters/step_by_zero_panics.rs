// `step_by(0)` panics.
fn step(n: usize) -> usize {
    n - 1
}

fn main() {
    let total: i32 = (0..10).step_by(step(1)).sum();
    println!("{}", total);
}
