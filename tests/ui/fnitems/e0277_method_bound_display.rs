use std::fmt::Display;

struct Shelf;

impl Shelf {
    fn label<T: Display>(&self, t: T) -> String {
        format!("[{}]", t)
    }

    fn make<T: Display>(t: T) -> String {
        format!("<{}>", t)
    }
}

struct Blank;

fn main() {
    let s = Shelf;
    s.label(Blank);
    Shelf::make(Blank);
}
