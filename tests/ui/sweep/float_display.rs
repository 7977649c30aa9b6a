//@ mode: run
// How floats print with Display, Debug, precision and exponents.
fn main() {
    let sum = 0.1 + 0.2;
    println!("{} {:?} {:.2}", sum, sum, sum);
    println!("{} {:?}", 1.0, 1.0);
    println!("{} {}", 1e21, 1e-7);
    println!("{:?} {:?}", 1e16, 1.5e-5);
    println!("{} {}", -0.0, 0.0 == -0.0);
    println!("{} {} {}", 1.0 / 0.0, -1.0 / 0.0, f64::NAN);
    println!("{:e} {:.2e}", 123456.0, 0.000321);
    let third: f32 = 1.0 / 3.0;
    println!("{} {}", third, 1.0 / 3.0);
    println!("{:8.3}|{:<8.1}|{:+.0}", 3.14159, 2.5, 2.5);
    println!("{}", f64::EPSILON > 0.0);
}
