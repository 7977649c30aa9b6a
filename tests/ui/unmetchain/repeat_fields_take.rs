// A struct with fields, repeated without `Clone`, then `take`.
struct Brick {
    width: u32,
}

fn main() {
    let wall = std::iter::repeat(Brick { width: 3 }).take(4);
    let total: u32 = wall.map(|b| b.width).sum();
    println!("{}", total);
}
