//@ mode: check
// Using a function's name instead of calling it.
fn default_speed() -> u32 {
    50
}

fn main() {
    let speed: u32 = default_speed;
    println!("{speed}");
}
