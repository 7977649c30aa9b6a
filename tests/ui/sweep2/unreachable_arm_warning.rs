// A catch-all arm before other arms makes them unreachable.
fn size(n: u32) -> &'static str {
    match n {
        0 => "none",
        _ => "some",
        1 => "one",
    }
}

fn main() {
    println!("{} {}", size(0), size(1));
}
