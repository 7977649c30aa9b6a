use std::collections::HashMap;

#[derive(Debug, PartialEq, Eq, Hash, Clone, Copy)]
struct Cell {
    row: i32,
    col: i32,
}

fn main() {
    let mut board = HashMap::new();
    board.insert(Cell { row: 0, col: 0 }, 'x');
    board.insert(Cell { row: 1, col: 2 }, 'o');
    let at = Cell { row: 1, col: 2 };
    println!("{:?}", board.get(&at));
    println!("{:?}", board.get(&Cell { row: 2, col: 2 }));
    board.insert(at, 'x');
    println!("{} {}", board[&at], board.len());
}
