//@ mode: check
// Constant evaluation detects overflow at compile time.
const LIMIT: u8 = 200;
const DOUBLE: u8 = LIMIT * 2;

fn main() {
    println!("{DOUBLE}");
}
