fn main() {
    let x: f64 = 2.0;
    println!("{} {} {}", x.sqrt(), (-3.5f64).abs(), x.powi(10));
    println!("{} {}", x.powf(0.5), 9.0f32.sqrt());
    println!("{:?} {:?}", (-1.0f64).sqrt(), (-0.0f64).abs());
}
