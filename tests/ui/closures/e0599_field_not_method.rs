//@ mode: check
// `self.f(x)` looks for a method `f`; the field needs parentheses to be called.
struct Cache<F> {
    f: F,
}

impl<F: Fn(u64) -> u64> Cache<F> {
    fn get(&self, x: u64) -> u64 {
        self.f(x)
    }
}

fn main() {
    let c = Cache { f: |x| x + 1 };
    println!("{}", c.get(3));
}
