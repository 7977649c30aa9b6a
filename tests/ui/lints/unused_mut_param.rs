// A `mut` parameter that is never changed.
fn total(mut base: u32, extra: u32) -> u32 {
    base + extra
}

fn main() {
    println!("{}", total(2, 3));
}
