//@ mode: check
// Calling a closure stored in a field like a method.
struct Holder<F> {
    f: F,
    n: u32,
}

fn main() {
    let h = Holder { f: |x: u32| x + 1, n: 2 };
    println!("{}", h.f(h.n));
}
