//@ mode: check
struct Lamp {
    on: bool,
}

impl Lamp {
    fn toggle(&mut self) {
        self.on = !self.on;
    }
}

impl Lamp {
    fn toggle(&mut self) {
        self.on = true;
    }
}

fn main() {
    let l = Lamp { on: false };
    println!("{}", l.on);
}
