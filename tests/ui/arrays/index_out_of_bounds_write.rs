// Writing past the end of a grid row panics at the indexing expression.
fn mark(mut grid: [[u8; 2]; 2], r: usize, c: usize) -> [[u8; 2]; 2] {
    grid[r][c] = 1;
    grid
}

fn main() {
    println!("{:?}", mark([[0; 2]; 2], 1, 0));
    println!("{:?}", mark([[0; 2]; 2], 0, 2));
}
