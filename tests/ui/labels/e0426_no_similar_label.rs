//@ mode: check
// A label that names no enclosing loop.
fn main() {
    let mut i = 0;
    loop {
        i += 1;
        if i > 2 {
            break 'done;
        }
    }
}
