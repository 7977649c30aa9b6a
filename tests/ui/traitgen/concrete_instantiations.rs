// One trait implemented separately for two instantiations of a generic struct.
trait Area {
    fn area(&self) -> f64;
}

struct Pair<T> {
    w: T,
    h: T,
}

impl Area for Pair<i32> {
    fn area(&self) -> f64 {
        (self.w * self.h) as f64
    }
}

impl Area for Pair<f64> {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

fn main() {
    let a = Pair { w: 3, h: 4 };
    let b = Pair { w: 1.5, h: 2.0 };
    println!("{} {}", a.area(), b.area());
}
