// Shadowing a value as its unit changes, with casts.
fn main() {
    let distance = 5;
    let distance = distance * 1000;
    let distance = distance as f64 / 1609.34;
    println!("{:.3} miles", distance);
    let rounded = distance as u32;
    println!("about {rounded}");
}
