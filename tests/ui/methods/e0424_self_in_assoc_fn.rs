//@ mode: check
struct Lamp {
    on: bool,
}

impl Lamp {
    fn is_on() -> bool {
        self.on
    }
}

fn main() {
    let l = Lamp { on: true };
    println!("{}", l.on);
    println!("{}", Lamp::is_on());
}
