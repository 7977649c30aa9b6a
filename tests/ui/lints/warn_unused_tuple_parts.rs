//@ mode: run
// Unused parts of a destructured tuple and an unused match binding.
fn split(n: u32) -> (u32, u32) {
    (n / 10, n % 10)
}

fn main() {
    let (tens, ones) = split(47);
    println!("tens = {tens}");
    match tens {
        small @ 0..=5 => println!("small"),
        _ => println!("big"),
    }
}
