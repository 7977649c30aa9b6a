//@ mode: run
// Float division by zero does not panic: it gives infinity or NaN.
fn ratio(a: f64, b: f64) -> f64 {
    a / b
}

fn main() {
    println!("{}", ratio(1.0, 0.0));
    println!("{}", ratio(-1.0, 0.0));
    println!("{}", ratio(0.0, 0.0));
    println!("{}", ratio(0.0, 0.0) == ratio(0.0, 0.0));
    println!("{}", ratio(1.0, 0.0) > f64::MAX);
    println!("{:?}", (5.0 % 0.0, -7.5 % 2.0));
}
