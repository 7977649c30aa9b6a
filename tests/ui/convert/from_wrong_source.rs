struct Celsius(f64);
struct Fahrenheit(f64);
impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Fahrenheit {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}
struct Kelvin(f64);
fn main() {
    let k = Kelvin(20.0);
    let f = Fahrenheit::from(k);
    println!("{}", f.0);
}
