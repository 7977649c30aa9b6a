//@ mode: check
// Or-patterns count for exhaustiveness: here `Light::Off` is still missing.
enum Light {
    Red(u8),
    Green(u8),
    Off,
}

fn main() {
    let l = Light::Green(2);
    match l {
        Light::Red(b) | Light::Green(b) => println!("{b}"),
    }
    let _ = (Light::Red(0), Light::Off);
}
