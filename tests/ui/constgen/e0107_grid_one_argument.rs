struct Grid<const W: usize, const H: usize> {
    cells: [[u8; W]; H],
}
fn count(g: &Grid<3>) -> usize {
    g.cells.len()
}
fn main() {
    let g = Grid { cells: [[1, 2], [3, 4]] };
    println!("{}", count(&g));
}
