//@ mode: check
// `!` is bitwise not on integers and logical not on bool, but nothing on floats.
fn main() {
    let x = 2.5;
    let y = !x;
    println!("{y}");
}
