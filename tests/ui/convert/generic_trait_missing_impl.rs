trait Convert<T> {
    fn conv(&self) -> T;
}

struct Meters(f64);

impl Convert<f64> for Meters {
    fn conv(&self) -> f64 {
        self.0
    }
}

impl Convert<i32> for Meters {
    fn conv(&self) -> i32 {
        self.0 as i32
    }
}

fn main() {
    let m = Meters(3.7);
    let a: bool = m.conv();
    println!("{}", a);
}
