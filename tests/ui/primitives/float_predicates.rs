fn main() {
    let zero: f64 = 0.0;
    let inf = 1.0 / zero;
    let nan = zero / zero;
    println!("{} {} {}", nan.is_nan(), inf.is_infinite(), inf.is_finite());
    println!("{} {}", 1.5f32.is_finite(), 1.5f32.is_nan());
    println!("{} {} {}", (-2.0f64).signum(), 3.0f64.signum(), nan.signum().is_nan());
    println!("{} {}", (-0.0f64).is_sign_negative(), 0.0f64.is_sign_positive());
}
