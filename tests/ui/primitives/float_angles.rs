fn main() {
    let half_turn: f64 = 3.141592653589793;
    println!("{}", half_turn.to_degrees());
    println!("{}", 180.0f64.to_radians());
    println!("{}", 45.0f32.to_radians());
    println!("{}", 1.0f32.to_degrees());
    println!("{}", 3.0f64.hypot(4.0));
}
