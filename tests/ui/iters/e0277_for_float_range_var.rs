// The same through a variable holding the range.
fn main() {
    let r = 0.5..2.5;
    for x in r {
        println!("{}", x);
    }
}
