//@ mode: check
fn main() {
    let mut speed = 1.5f32;
    speed = 3.0f64;
    println!("{speed}");
}
