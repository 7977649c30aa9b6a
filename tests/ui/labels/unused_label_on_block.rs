//@ mode: run
// A labelled block whose label is never used.
fn main() {
    let y = 'b: {
        let x = 2;
        x * 21
    };
    println!("{y}");
}
