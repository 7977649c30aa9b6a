// Two `impl Trait` arguments may be of different types.
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

fn total(a: impl Area, b: impl Area) -> f64 {
    a.area() + b.area()
}

fn main() {
    let s = Square { side: 2.0 };
    let r = Rect { w: 1.5, h: 4.0 };
    println!("{}", total(s, r));
    println!("{}", total(Rect { w: 1.0, h: 1.0 }, Rect { w: 2.0, h: 2.0 }));
}
