fn main() {
    let x: f64 = 0.75;
    println!("{} {} {}", x.exp(), x.ln(), x.log10());
    println!("{} {} {}", x.sin(), x.cos(), x.tan());
    println!("{} {}", 0.0f64.ln(), (-1.0f64).ln().is_nan());
    println!("{} {}", 1000.0f64.exp(), 2.0f32.exp());
    println!("{} {}", 0.3f32.sin(), 100.0f32.log10());
}
