//@ mode: run
// Describing temperatures with range patterns and a binding.
fn describe(celsius: i32) -> &'static str {
    match celsius {
        i32::MIN..=-1 => "freezing",
        0..=15 => "cold",
        16..=25 => "mild",
        t @ 26..=40 if t % 2 == 0 => "hot (even)",
        26..=40 => "hot",
        _ => "extreme",
    }
}

fn main() {
    let mut t = -10;
    while t <= 50 {
        println!("{:>4} C is {}", t, describe(t));
        t += 9;
    }
}
