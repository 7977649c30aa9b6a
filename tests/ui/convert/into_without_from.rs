struct Celsius(f64);
struct Fahrenheit(f64);

fn main() {
    let c = Celsius(20.0);
    let f: Fahrenheit = c.into();
    println!("{}", f.0);
}
