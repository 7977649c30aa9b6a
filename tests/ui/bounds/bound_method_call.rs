// A generic function calls a trait method through its parameter's bound.
trait Area {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Area for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Area for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

fn show<T: Area>(x: &T) -> f64 {
    x.area()
}

fn main() {
    let s = Square { side: 3.0 };
    let r = Rect { w: 2.0, h: 5.5 };
    println!("{}", show(&s));
    println!("{}", show(&r));
}
