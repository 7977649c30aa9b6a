//@ mode: run
// `break 'outer value` leaves both loops with a value for the outer `loop`.
fn main() {
    let mut row = 0;
    let cell = 'grid: loop {
        row += 1;
        let mut col = 0;
        loop {
            col += 1;
            if row * col == 12 {
                break 'grid (row, col);
            }
            if col > row {
                break;
            }
        }
    };
    println!("first cell with product 12: {:?}", cell);
}
