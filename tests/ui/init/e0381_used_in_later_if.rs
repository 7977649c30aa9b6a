//@ mode: check
// The same condition twice does not convince the borrow checker.
fn main() {
    let x: i32;
    let n = 4;
    if n > 3 {
        x = 1;
    }
    if n > 3 {
        println!("{x}");
    }
}
