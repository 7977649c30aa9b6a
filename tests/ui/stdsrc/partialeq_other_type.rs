// Equality between two different types: `impl PartialEq<B> for A` used by `==`, `!=`,
// `assert_eq!` and `assert_ne!`, beside a derived same-type `PartialEq`.
#[derive(Debug, Clone, Copy)]
struct Celsius(f64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Fahrenheit(f64);

impl PartialEq<Fahrenheit> for Celsius {
    fn eq(&self, other: &Fahrenheit) -> bool {
        (self.0 * 9.0 / 5.0 + 32.0 - other.0).abs() < 1e-9
    }
}

#[derive(Debug)]
struct Meters(u32);

impl PartialEq<u32> for Meters {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

fn main() {
    let c = Celsius(100.0);
    println!("{}", c == Fahrenheit(212.0));
    println!("{}", c != Fahrenheit(100.0));
    let m = Meters(5);
    println!("{} {}", m == 5, m != 6);
    assert_eq!(m, 5);
    assert_ne!(Celsius(0.0), Fahrenheit(0.0));
    println!("{}", Fahrenheit(1.0) == Fahrenheit(1.0));
}
