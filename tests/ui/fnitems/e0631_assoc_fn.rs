struct Meters;

impl Meters {
    pub fn from_feet(x: f64) -> f64 {
        x * 0.3048
    }
}

fn convert<F: Fn(f32) -> f64>(f: F) -> f64 {
    f(10.0)
}

fn main() {
    println!("{}", convert(Meters::from_feet));
}
