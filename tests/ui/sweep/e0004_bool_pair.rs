//@ mode: check
// Forgetting one combination of two booleans.
fn describe(raining: bool, cold: bool) -> &'static str {
    match (raining, cold) {
        (true, true) => "stay in",
        (true, false) => "umbrella",
        (false, true) => "coat",
    }
}

fn main() {
    println!("{}", describe(false, false));
}
