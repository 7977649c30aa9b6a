// A compound assignment into a nested array that is not `mut`.
fn main() {
    let grid = [[0; 2]; 2];
    grid[1][0] += 1;
    println!("{:?}", grid);
}
