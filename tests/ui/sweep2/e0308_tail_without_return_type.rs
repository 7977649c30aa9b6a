//@ mode: check
// A helper that computes a value but declares no return type.
fn average(a: f64, b: f64) {
    (a + b) / 2.0
}

fn main() {
    average(1.0, 2.0);
}
