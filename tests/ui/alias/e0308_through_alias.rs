//@ mode: check
type Grid = Vec<Vec<u8>>;

fn main() {
    let g: Grid = String::new();
    println!("{:?}", g);
}
