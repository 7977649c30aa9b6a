// A struct's own `drop` runs first, then its fields are dropped in declaration order.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.0);
    }
}

struct Machine {
    engine: Part,
    wheels: Part,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop machine with {} and {}", self.engine.0, self.wheels.0);
    }
}

struct Plain {
    a: Part,
    b: Part,
}

fn main() {
    let _m = Machine { engine: Part("engine"), wheels: Part("wheels") };
    let p = Plain { a: Part("a"), b: Part("b") };
    println!("plain holds {} and {}", p.a.0, p.b.0);
    println!("end of main");
}
