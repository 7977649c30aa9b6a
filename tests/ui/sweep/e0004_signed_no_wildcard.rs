//@ mode: check
// Matching an i32 with literals only needs a catch-all arm.
fn name(n: i32) -> &'static str {
    match n {
        1 => "one",
        2 => "two",
        3 => "three",
    }
}

fn main() {
    println!("{}", name(2));
}
