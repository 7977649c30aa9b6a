#![allow(unused)]
// A crate-wide allow silences the whole `unused` group, dead code included.
fn helper() -> i32 {
    7
}

struct Meters(u32);

fn main() {
    let spare = 3;
    let mut total = 10;
    println!("total = {}", total);
}
