enum Reading {
    Celsius(f64),
    Fahrenheit(f64),
}

fn label(r: Reading) -> &'static str {
    match r {
        Reading::Celsius(c) | Reading::Fahrenheit(f) => "a reading",
    }
}

fn main() {
    println!("{}", label(Reading::Celsius(20.0)));
}
