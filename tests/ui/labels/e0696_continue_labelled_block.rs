//@ mode: check
// `continue` cannot go to a labelled block.
fn main() {
    let x = 'blk: {
        if true {
            continue 'blk;
        }
        1
    };
    println!("{x}");
}
