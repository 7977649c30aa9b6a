// Adding past u8::MAX panics in a debug build.
fn main() {
    let mut level: u8 = 250;
    for step in 0..10 {
        level += step;
        println!("{level}");
    }
}
