use std::ops::Index;

struct Grid {
    width: usize,
    cells: Vec<char>,
}

impl Index<(usize, usize)> for Grid {
    type Output = char;

    fn index(&self, pos: (usize, usize)) -> &char {
        &self.cells[pos.0 * self.width + pos.1]
    }
}

fn main() {
    let g = Grid { width: 3, cells: vec!['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] };
    println!("{} {} {}", g[(0, 0)], g[(1, 2)], g[(2, 1)]);
    let r = &g;
    println!("{}", r[(2, 2)]);
}
