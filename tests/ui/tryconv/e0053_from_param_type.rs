//@ mode: check
struct Celsius(f64);

impl From<f32> for Celsius {
    fn from(v: f64) -> Self {
        Celsius(v)
    }
}

fn main() {
    let _ = Celsius(1.0);
}
