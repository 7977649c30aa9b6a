const ROWS: usize = 3;
const COLS: usize = ROWS + 1;
const START: [[char; COLS]; ROWS] = [['.'; COLS]; ROWS];

fn row_sum(row: [i32; COLS]) -> i32 {
    row.iter().sum()
}

fn corners(grid: &[[char; COLS]; ROWS]) -> [char; 4] {
    [grid[0][0], grid[0][COLS - 1], grid[ROWS - 1][0], grid[ROWS - 1][COLS - 1]]
}

fn first_two(xs: [u8; ROWS]) -> (u8, u8) {
    let [a, b, _] = xs;
    (a, b)
}

fn main() {
    let mut grid = START;
    grid[1][2] = '#';
    for row in grid.iter() {
        let line: String = row.iter().collect();
        println!("{line}");
    }
    println!("{}", row_sum([1, 2, 3, 4]));
    println!("{:?}", corners(&grid));
    println!("{:?}", first_two([7, 8, 9]));
    let mut counts = [0usize; COLS * 2];
    for (i, c) in counts.iter_mut().enumerate() {
        *c = i * i;
    }
    println!("{:?} {}", counts, counts.len());
}
