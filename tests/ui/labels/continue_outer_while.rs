//@ mode: run
// `continue 'rows` from an inner `for` goes to the next round of the outer `while`.
fn main() {
    let mut row = 0;
    'rows: while row < 4 {
        row += 1;
        for col in 0..4 {
            if col == row {
                println!();
                continue 'rows;
            }
            print!("{col} ");
        }
        println!("full row");
    }
}
