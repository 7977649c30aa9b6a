//@ mode: check
// Rust does not treat integers as booleans.
fn main() {
    let remaining = 3;
    if remaining {
        println!("still {} left", remaining);
    }
}
