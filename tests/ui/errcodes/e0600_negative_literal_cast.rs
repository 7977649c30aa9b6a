//@ mode: check
// The literal takes the cast's type, so `-1 as u32` negates a `u32`.
fn sentinel() -> u32 {
    -1 as u32
}

fn main() {
    let offset = -5 as i64;
    println!("{} {}", sentinel(), offset);
}
