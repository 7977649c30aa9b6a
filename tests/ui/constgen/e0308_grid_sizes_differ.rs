struct Grid<const W: usize, const H: usize> {
    cells: [[u8; W]; H],
}
impl<const W: usize, const H: usize> Grid<W, H> {
    fn new() -> Self {
        Grid { cells: [[0; W]; H] }
    }
}
fn main() {
    let a: Grid<3, 2> = Grid::<2, 2>::new();
    println!("{}", a.cells.len());
}
