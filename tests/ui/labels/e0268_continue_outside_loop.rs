//@ mode: check
// `continue` in a labelled block that is in no loop.
fn main() {
    let n = 'b: {
        if false {
            break 'b 1;
        }
        2
    };
    if n > 1 {
        continue;
    }
}
