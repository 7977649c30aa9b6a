//@ mode: check
// Inside a labelled block, a `break` must say which block or loop it leaves.
fn main() {
    let mut i = 0;
    while i < 3 {
        let x = 'blk: {
            if i == 1 {
                break;
            }
            i
        };
        i += 1;
        println!("{x}");
    }
}
