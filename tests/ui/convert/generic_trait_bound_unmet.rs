trait Convert<T> {
    fn conv(&self) -> T;
}

struct Meters(f64);

impl Convert<f64> for Meters {
    fn conv(&self) -> f64 {
        self.0
    }
}

fn show<T: Convert<f64>>(x: &T) -> f64 {
    x.conv() * 2.0
}

struct Feet(f64);

fn main() {
    println!("{}", show(&Meters(1.5)));
    println!("{}", show(&Feet(1.5)));
}
