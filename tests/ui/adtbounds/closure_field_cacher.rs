use std::collections::HashMap;
use std::fmt;

struct Cacher<F>
where
    F: Fn(u64) -> u64,
{
    calc: F,
    seen: HashMap<u64, u64>,
}

impl<F: Fn(u64) -> u64> Cacher<F> {
    fn new(calc: F) -> Cacher<F> {
        Cacher { calc, seen: HashMap::new() }
    }
    fn get(&mut self, n: u64) -> u64 {
        if let Some(v) = self.seen.get(&n) {
            return *v;
        }
        let v = (self.calc)(n);
        self.seen.insert(n, v);
        v
    }
}

struct Pair<T: PartialOrd + fmt::Display> {
    a: T,
    b: T,
}

impl<T: PartialOrd + fmt::Display> fmt::Display for Pair<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.a > self.b {
            write!(f, "{} > {}", self.a, self.b)
        } else {
            write!(f, "{} <= {}", self.a, self.b)
        }
    }
}

fn main() {
    let mut c = Cacher::new(|x| x * x);
    println!("{} {} {}", c.get(4), c.get(4), c.seen.len());
    let p = Pair { a: 3.5, b: 1.0 };
    let q = Pair { a: "x", b: "y" };
    println!("{p} / {q}");
}
