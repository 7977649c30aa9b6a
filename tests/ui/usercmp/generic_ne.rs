// `!=` in a generic function is the negation of the learner's `eq`.
struct Parity(u8);

impl PartialEq for Parity {
    fn eq(&self, other: &Parity) -> bool {
        self.0 % 2 == other.0 % 2
    }
}

fn differ<T: PartialEq>(a: T, b: T) -> bool {
    a != b
}

fn main() {
    println!("{}", differ(Parity(3), Parity(5)));
    println!("{}", differ(Parity(3), Parity(4)));
    println!("{}", differ('x', 'x'));
}
