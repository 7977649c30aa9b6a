struct Celsius(f64);
type Temp = Celsius;

fn describe(t: Celsius) -> String {
    format!("{:.1} degrees", t.0)
}

fn main() {
    println!("{}", describe(Temp(21.5)));
}
