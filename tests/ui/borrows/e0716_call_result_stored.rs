//@ mode: check
// The result of a call that borrows a temporary argument is kept in an array.
struct Grid {
    cells: [u8; 3],
}

fn first(g: &Grid) -> &u8 {
    &g.cells[0]
}

fn build(v: u8) -> Grid {
    Grid { cells: [v, v, v] }
}

fn main() {
    let picks = [first(&build(4))];
    println!("{}", picks[0]);
}
