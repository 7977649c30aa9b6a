// Two-phase borrows: the `&mut self` receiver is reserved while the arguments read it.
struct Counter {
    n: i32,
}

impl Counter {
    fn get(&self) -> i32 {
        self.n
    }

    fn add(&mut self, d: i32) {
        self.n += d;
    }
}

fn main() {
    let mut c = Counter { n: 3 };
    c.add(c.get());
    c.add(c.n * 2);
    let r = &mut c;
    r.add(r.get());
    println!("{}", c.n);
}
