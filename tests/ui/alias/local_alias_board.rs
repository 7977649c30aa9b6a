#[derive(Debug)]
struct Cell(char);

fn main() {
    type Row = Vec<Cell>;
    type Board = Vec<Row>;
    let mut b: Board = Board::new();
    b.push(Row::new());
    b[0].push(Cell('x'));
    println!("{:?} {}", b, b[0][0].0);
}
