// `std::f64::consts` and `std::f32::consts`: paths, `use`, and a module import.
use std::f64::consts::PI;
use std::f32::consts;

fn circle_area(r: f64) -> f64 {
    PI * r * r
}

fn main() {
    println!("{} {:.4}", PI, circle_area(2.0));
    println!("{} {}", std::f64::consts::E, std::f64::consts::TAU / 2.0 == PI);
    println!("{} {:.3}", consts::PI, consts::SQRT_2 * consts::SQRT_2);
    let deg = 90.0_f64;
    println!("{:.6}", (deg * PI / 180.0).sin());
    println!("{}", std::f64::consts::FRAC_PI_2.cos().abs() < 1e-10);
}
