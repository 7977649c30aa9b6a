// A boxed `FnMut` is called through a `mut` binding.
fn counter() -> Box<dyn FnMut() -> u32> {
    let mut n = 0;
    Box::new(move || {
        n += 1;
        n
    })
}

fn main() {
    let mut next = counter();
    let a = next();
    let b = next();
    let c = next();
    println!("{} {} {}", a, b, c);
}
