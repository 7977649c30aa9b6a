//@ mode: check
fn average(total: f64, n: f64) -> f64 {
    total / n
}

fn main() {
    let sum: f32 = 10.0;
    println!("{}", average(sum, 4.0));
}
