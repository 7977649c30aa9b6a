//@ mode: check
// The `break` value and the tail of a labelled block must have the same type.
fn main() {
    let n = 4;
    let text = 'pick: {
        if n > 3 {
            break 'pick "big";
        }
        n
    };
    println!("{text}");
}
