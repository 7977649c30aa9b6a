// Associated constants, used through the type and through Self.
#[derive(Debug)]
struct Grid {
    w: u32,
    h: u32,
}

impl Grid {
    const MAX_SIDE: u32 = 100;
    const UNIT: Grid = Grid { w: 1, h: 1 };

    fn new(w: u32, h: u32) -> Grid {
        let w = if w > Self::MAX_SIDE { Self::MAX_SIDE } else { w };
        Grid { w, h }
    }

    fn cells(&self) -> u32 {
        self.w * self.h
    }
}

fn main() {
    let g = Grid::new(500, 3);
    println!("{:?} {}", g, g.cells());
    println!("{:?} {}", Grid::UNIT, Grid::UNIT.cells());
    println!("{}", Grid::MAX_SIDE);
}
