#[derive(Debug)]
struct Step {
    dx: i32,
    dy: i32,
}

const MOVES: [Step; 2] = [Step { dx: 1, dy: 0 }, Step { dx: 0, dy: -2 }];
const GRID: [[u8; 2]; 2] = [[1, 2], [3, 4]];
const PAIRS: [(char, u8); 2] = [('a', 1), ('b', 2)];

fn main() {
    let (mut x, mut y) = (0, 0);
    for m in MOVES {
        x += m.dx;
        y += m.dy;
    }
    println!("{} {} {:?}", x, y, MOVES[1]);
    println!("{:?} {}", GRID, GRID[1][0]);
    for (c, n) in PAIRS {
        println!("{} {}", c, n);
    }
}
