//@ mode: check
// Calling a closure that mutates a captured variable needs a `mut` binding.
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc();
    println!("{}", count);
}
