// A closure kept in a generic struct's field, called through the impl's `Fn` bound.
struct Cache<F> {
    f: F,
    hits: u32,
}

impl<F: Fn(u64) -> u64> Cache<F> {
    fn new(f: F) -> Self {
        Cache { f, hits: 0 }
    }

    fn get(&mut self, x: u64) -> u64 {
        self.hits += 1;
        (self.f)(x)
    }
}

fn main() {
    let offset = 10;
    let mut c = Cache::new(|x| x * x + offset);
    println!("{} {}", c.get(3), c.get(4));
    println!("hits {}", c.hits);
}
