//@ mode: run
// The label of a `while` is in scope in its condition too.
fn main() {
    let mut n = 0;
    'a: while { n += 1; if n > 5 { break 'a; } n < 10 } {
        println!("{n}");
    }
}
