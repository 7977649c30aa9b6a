//@ mode: check
// The closure assigns to a captured variable that is not declared `mut`.
fn main() {
    let count = 0;
    let mut inc = || {
        count += 1;
        println!("{}", count);
    };
    inc();
    inc();
}
