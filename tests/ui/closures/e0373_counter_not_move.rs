//@ mode: check
// The counter's state is a local of `counter`: the closure must own it.
fn counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    || {
        count += 1;
        count
    }
}

fn main() {
    let mut c = counter();
    println!("{}", c());
}
