//@ mode: check
// A `move` closure mutating its own copy is FnMut too.
fn main() {
    let mut count = 0;
    let inc = move || {
        count += 1;
        count
    };
    println!("{}", inc());
}
