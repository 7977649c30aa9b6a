// A derived `PartialEq` on a struct holding a `Vec` and a `Box` of a type whose `eq` is
// written by hand.
struct Cents(i64);

impl PartialEq for Cents {
    fn eq(&self, other: &Cents) -> bool {
        self.0 / 100 == other.0 / 100
    }
}

#[derive(PartialEq)]
struct Bill {
    items: Vec<Cents>,
    tip: Box<Cents>,
}

fn main() {
    let a = Bill { items: vec![Cents(150), Cents(220)], tip: Box::new(Cents(99)) };
    let b = Bill { items: vec![Cents(199), Cents(201)], tip: Box::new(Cents(0)) };
    let c = Bill { items: vec![Cents(150)], tip: Box::new(Cents(0)) };
    println!("{} {}", a == b, a == c);
}
