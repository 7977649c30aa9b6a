#[derive(Debug)]
struct Celsius(f64);

#[derive(Debug)]
enum Reading {
    Temp(Celsius),
    Missing,
}

fn main() {
    let raw = vec![21.5, 19.0];
    let temps: Vec<Celsius> = raw.into_iter().map(Celsius).collect();
    let readings: Vec<Reading> = temps.into_iter().map(Reading::Temp).collect();
    println!("{:?}", readings);
    println!("{:?}", Reading::Missing);
}
