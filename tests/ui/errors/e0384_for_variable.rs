//@ mode: check
// The variable of a for loop is immutable.
fn main() {
    for i in 0..3 {
        i += 10;
        println!("{i}");
    }
}
