trait Convert<T> {
    fn conv(&self) -> T;
}

struct Meters(f64);

impl Convert<f64> for Meters {
    fn conv(&self) -> f64 {
        self.0
    }
}

impl Convert<f64> for Meters {
    fn conv(&self) -> f64 {
        self.0 * 2.0
    }
}

fn main() {
    let m = Meters(1.0);
    let x: f64 = m.conv();
    println!("{}", x);
}
