// A constant index past the end is the deny-by-default `unconditional_panic` lint.
fn main() {
    let xs = [1, 2, 3];
    println!("{}", xs[3]);
}
