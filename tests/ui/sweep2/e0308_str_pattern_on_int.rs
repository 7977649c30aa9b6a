//@ mode: check
// Matching a number against string patterns.
fn name(n: u32) -> &'static str {
    match n {
        "one" => "1",
        _ => "?",
    }
}

fn main() {
    println!("{}", name(1));
}
