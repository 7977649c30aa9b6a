//@ mode: run
// A learner's temperature conversion table.
fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}

fn main() {
    let mut c = -10.0;
    while c <= 40.0 {
        let f = to_fahrenheit(c);
        println!("{:>6.1} °C = {:>6.1} °F", c, f);
        c += 12.5;
    }
    let average: f32 = (21.5 + 23.0 + 19.25) / 3.0;
    println!("average {average:.2} ({average})");
    let rounded = (average * 10.0) as i32;
    println!("as tenths: {rounded}");
}
