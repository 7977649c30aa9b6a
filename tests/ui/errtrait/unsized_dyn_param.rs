trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 { self.0 * self.0 }
}

fn show<T: Shape + ?Sized>(s: &T) {
    println!("{}", s.area());
}

fn show2<T>(s: &T)
where
    T: ?Sized + Shape,
{
    println!("area {}", s.area());
}

fn main() {
    let b: Box<dyn Shape> = Box::new(Sq(2.0));
    show(&*b);
    show(&Sq(3.0));
    let r: &dyn Shape = &Sq(1.5);
    show2(r);
    show2(&Sq(1.0));
}
