fn main() {
    let a: f64 = 0.1;
    println!("{}", a.mul_add(10.0, -1.0));
    println!("{}", a * 10.0 - 1.0);
    println!("{}", 2.0f32.mul_add(3.0, 0.5));
}
