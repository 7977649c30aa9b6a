// Converting Celsius to Fahrenheit in a loop, printed with a fixed precision.
fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}

fn main() {
    let mut c = -10.0;
    while c <= 30.0 {
        println!("{:>6.1}C = {:>6.1}F", c, to_fahrenheit(c));
        c += 10.0;
    }
}
