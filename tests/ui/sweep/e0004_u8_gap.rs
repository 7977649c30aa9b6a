//@ mode: check
// A gap in the ranges covering a u8.
fn bucket(value: u8) -> u8 {
    match value {
        0..=99 => 0,
        150..=255 => 2,
    }
}

fn main() {
    println!("{}", bucket(120));
}
