const WIDTH: usize = 4;
const HEIGHT: usize = WIDTH - 1;
const CELLS: usize = WIDTH * HEIGHT;

struct Board {
    cells: [u8; CELLS],
    row: [char; WIDTH + 1],
}

fn main() {
    let mut b = Board { cells: [0; CELLS], row: ['.'; WIDTH + 1] };
    b.cells[3] = 7;
    b.row[WIDTH] = '#';
    let sizes = [1u32; 2 * 3];
    let shifted: [bool; 1 << 2] = [true; 4];
    let cast = [0i64; 3u8 as usize];
    println!("{} {:?} {}", b.cells.len(), b.row, sizes.len());
    println!("{:?} {:?}", shifted, cast);
    let total: u32 = b.cells.iter().map(|&c| c as u32).sum();
    println!("{total}");
}
