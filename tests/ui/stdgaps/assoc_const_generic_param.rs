trait Unit {
    const SYMBOL: &'static str;
    const FACTOR: f64;
}

struct Meters;
struct Feet;

impl Unit for Meters {
    const SYMBOL: &'static str = "m";
    const FACTOR: f64 = 1.0;
}

impl Unit for Feet {
    const SYMBOL: &'static str = "ft";
    const FACTOR: f64 = 0.3048;
}

fn to_meters<U: Unit>(_unit: &U, x: f64) -> f64 {
    x * U::FACTOR
}

fn label<U: Unit>(x: f64) -> String {
    format!("{}{}", x, U::SYMBOL)
}

fn main() {
    println!("{}", to_meters(&Feet, 10.0));
    println!("{}", label::<Meters>(2.5));
    println!("{}", label::<Feet>(to_meters(&Meters, 3.0)));
}
