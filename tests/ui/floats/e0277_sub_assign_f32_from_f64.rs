//@ mode: check
fn main() {
    let mut level: f64 = 1.0;
    let drop: f32 = 0.25;
    level -= drop;
    println!("{level}");
}
