fn main() {
    let a = f64::max(1.0, 2.0);
    let b = f32::sqrt(16.0);
    let c = f64::powi(1.5, 3);
    println!("{} {} {}", a, b, c);
}
