// An impl method whose return type differs from the trait's.
trait Area {
    fn area(&self) -> f64;
}

struct Disk {
    r: f64,
}

impl Area for Disk {
    fn area(&self) -> f32 {
        3.0
    }
}

fn main() {
    let d = Disk { r: 1.0 };
    println!("{}", d.r);
}
