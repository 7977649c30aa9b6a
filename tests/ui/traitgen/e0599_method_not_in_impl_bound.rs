// `impl Area` only offers the trait's methods, not the struct's own.
trait Area {
    fn area(&self) -> u32;
}

struct Square {
    side: u32,
}

impl Square {
    fn side(&self) -> u32 {
        self.side
    }
}

impl Area for Square {
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

fn describe(s: &impl Area) {
    println!("{} {}", s.area(), s.side());
}

fn main() {
    describe(&Square { side: 2 });
}
