mod shapes {
    pub struct Circle {
        radius: f64,
    }
    impl Circle {
        pub fn new() -> Circle {
            Circle { radius: 1.0 }
        }
    }
}

fn main() {
    let c = shapes::Circle::new();
    println!("{}", c.radius);
}
