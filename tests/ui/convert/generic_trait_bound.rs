trait Convert<T> {
    fn conv(&self) -> T;
}

struct Meters(f64);
struct Seconds(u32);

impl Convert<f64> for Meters {
    fn conv(&self) -> f64 {
        self.0 * 3.28
    }
}

impl Convert<f64> for Seconds {
    fn conv(&self) -> f64 {
        self.0 as f64 / 60.0
    }
}

fn doubled<T: Convert<f64>>(x: &T) -> f64 {
    x.conv() * 2.0
}

fn total<A, B>(a: &A, b: &B) -> f64
where
    A: Convert<f64>,
    B: Convert<f64>,
{
    a.conv() + b.conv()
}

fn main() {
    println!("{:.2}", doubled(&Meters(1.5)));
    println!("{:.2}", doubled(&Seconds(90)));
    println!("{:.2}", total(&Meters(1.0), &Seconds(30)));
}
