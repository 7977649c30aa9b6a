// A loop inside a loop: a small multiplication table.
fn main() {
    let mut row = 1;
    loop {
        if row > 4 {
            break;
        }
        let mut column = 1;
        while column <= 4 {
            print!("{}\t", row * column);
            column += 1;
        }
        println!();
        row += 1;
    }
}
