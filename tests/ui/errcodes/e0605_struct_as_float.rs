//@ mode: check
// A struct is not a number: `as` cannot see inside it.
struct Temperature {
    celsius: f64,
}

fn to_fahrenheit(t: Temperature) -> f64 {
    let c = t as f64;
    c * 9.0 / 5.0 + 32.0
}

fn main() {
    let t = Temperature { celsius: 21.5 };
    println!("{}", to_fahrenheit(t));
}
