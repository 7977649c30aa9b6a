fn main() {
    let a: f64 = 1.5;
    println!("{} {}", a.min(0.5), a.max(4.0));
    println!("{} {}", a.min(f64::NAN), f64::NAN.max(a));
    println!("{} {}", 12.0f32.clamp(0.0, 10.0), (-1.0f64).clamp(0.0, 1.0));
}
