#[derive(Debug)]
struct Celsius(f64);

#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Fahrenheit {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

fn main() {
    let boiling = Fahrenheit::from(Celsius(100.0));
    println!("{:?}", boiling);
    let cold: Fahrenheit = Celsius(-40.0).into();
    println!("{:?}", cold);
    let back: Celsius = boiling.into();
    println!("{:?}", back);
    let same = Celsius::from(Celsius(1.5));
    println!("{:?}", same);
}
