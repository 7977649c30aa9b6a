//@ mode: run
// `let x: T;` then one assignment: the annotation gives the type.
fn main() {
    let big: u64;
    big = 1 << 40;
    println!("{big}");
    let pair: (i8, bool);
    pair = (-3, true);
    println!("{:?}", pair);
}
