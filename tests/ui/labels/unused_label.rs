//@ mode: run
// A label no `break` or `continue` names.
fn main() {
    let mut n = 0;
    'counting: while n < 3 {
        n += 1;
    }
    println!("{n}");
}
