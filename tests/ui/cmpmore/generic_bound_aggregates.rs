// A `T: PartialEq` function given tuples and references of a type with a hand-written
// `eq`: std's impls for them call it.
struct Approx(f64);

impl PartialEq for Approx {
    fn eq(&self, other: &Approx) -> bool {
        (self.0 - other.0).abs() < 0.01
    }
}

fn same<T: PartialEq>(a: T, b: T) -> bool {
    a == b
}

fn main() {
    println!("{}", same((1, Approx(0.5)), (1, Approx(0.501))));
    println!("{}", same((2, Approx(0.5)), (1, Approx(0.5))));
    println!("{}", same(&Approx(1.0), &Approx(1.5)));
    println!("{}", same([Approx(1.0), Approx(2.0)], [Approx(1.001), Approx(2.0)]));
}
