//@ mode: check
fn main() {
    let ratio: f32 = 0.75f64;
    println!("{ratio}");
}
