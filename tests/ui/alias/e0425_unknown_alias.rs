//@ mode: check
type Grid = Vec<Vec<u8>>;

fn main() {
    let g: Gird = Vec::new();
    println!("{}", g.len());
}
