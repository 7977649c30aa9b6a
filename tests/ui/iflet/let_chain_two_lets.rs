// Two `let`s in one chain: the second sees the first one's binding.
enum Cell {
    Num(i32),
    Empty,
}

fn add(a: Cell, b: Cell) -> i32 {
    if let Cell::Num(x) = a && let Cell::Num(y) = b && x != y {
        x + y
    } else {
        0
    }
}

fn main() {
    println!("{}", add(Cell::Num(2), Cell::Num(5)));
    println!("{}", add(Cell::Num(2), Cell::Empty));
    println!("{}", add(Cell::Num(4), Cell::Num(4)));
    println!("{}", add(Cell::Empty, Cell::Num(1)));
}
