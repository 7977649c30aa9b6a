// Arrays in struct fields: update syntax, field writes through an index.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Board {
    cells: [[char; 3]; 3],
    turn: u8,
}

fn main() {
    let empty = Board { cells: [['.'; 3]; 3], turn: 0 };
    let mut b = Board { turn: 1, ..empty };
    b.cells[1][1] = 'X';
    b.cells[0][2] = 'O';
    for row in b.cells {
        for c in row {
            print!("{}", c);
        }
        println!();
    }
    println!("{} {}", b == empty, b.cells[1] == ['.', 'X', '.']);
    println!("{:?}", empty.cells[2]);
}
