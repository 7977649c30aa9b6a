fn main() {
    let grid = [(2, 0)];
    if let [(row, 0) | (0, col)] = grid {
        println!("on an axis");
    }
}
