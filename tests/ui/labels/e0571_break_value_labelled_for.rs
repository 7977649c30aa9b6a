//@ mode: check
// Only `loop` and labelled blocks can give a value with `break`.
fn main() {
    let v = 'outer: for i in 0..3 {
        if i == 1 {
            break 'outer i;
        }
    };
    println!("{v:?}");
}
