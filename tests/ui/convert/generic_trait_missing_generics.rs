trait Convert<T> {
    fn conv(&self) -> T;
}

struct Meters(f64);

impl Convert for Meters {
    fn conv(&self) -> f64 {
        self.0
    }
}

fn main() {
    let m = Meters(3.7);
    let a: f64 = m.conv();
    println!("{}", a);
}
