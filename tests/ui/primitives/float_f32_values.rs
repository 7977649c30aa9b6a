fn main() {
    let r: f32 = 1.5;
    let area = 3.1415927f32 * r.powi(2);
    println!("{}", area);
    println!("{} {}", f32::sqrt(2.0), 2.0f32.powf(0.5));
    println!("{} {}", 0.1f32.mul_add(3.0, 0.2), (-7.25f32).fract());
}
