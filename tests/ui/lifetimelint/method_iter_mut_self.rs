//@ mode: check
struct Grid {
    cells: Vec<u8>,
}

impl Grid {
    fn cells_mut(&mut self) -> std::slice::IterMut<u8> {
        self.cells.iter_mut()
    }
}

fn main() {
    let mut g = Grid { cells: vec![0; 4] };
    for c in g.cells_mut() {
        *c += 1;
    }
}
