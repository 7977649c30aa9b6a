// A trait with one required method, implemented for two structs.
trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

fn main() {
    let s = Square { side: 3.0 };
    let r = Rect { w: 2.0, h: 4.5 };
    println!("square: {}", s.area());
    println!("rect: {}", r.area());
    let total = s.area() + r.area();
    println!("total: {total}");
}
