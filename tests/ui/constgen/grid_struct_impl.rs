#[derive(Debug, Clone, Copy, PartialEq)]
struct Grid<const W: usize, const H: usize> {
    cells: [[u8; W]; H],
}

impl<const W: usize, const H: usize> Grid<W, H> {
    fn new() -> Self {
        Grid { cells: [[0; W]; H] }
    }

    fn set(&mut self, x: usize, y: usize, v: u8) {
        self.cells[y][x] = v;
    }

    fn area(&self) -> usize {
        W * H
    }

    fn row_sums(&self) -> [u32; H] {
        let mut out = [0; H];
        for (y, row) in self.cells.iter().enumerate() {
            out[y] = row.iter().map(|&c| c as u32).sum();
        }
        out
    }
}

fn main() {
    let mut g: Grid<3, 2> = Grid::new();
    g.set(1, 0, 5);
    g.set(2, 1, 7);
    println!("{:?}", g);
    println!("area {} sums {:?}", g.area(), g.row_sums());
    let copy = g;
    println!("{}", copy == g);
    let small = Grid::<2, 2>::new();
    println!("{}", small.area());
}
