//@ mode: check
enum Colour {
    Red,
    Blue,
}

struct Pen {
    ink: Color,
}

fn main() {
    let p = Pen { ink: Colour::Red };
    match p.ink {
        Colour::Red => println!("red"),
        Colour::Blue => println!("blue"),
    }
}
