#[derive(Debug)]
struct Counter {
    count: i64,
}

impl Default for Counter {
    fn default() -> Self {
        Counter { count: 10 }
    }
}

fn fresh<T: Default>() -> T {
    T::default()
}

fn reset<T: Default>(slot: &mut T) {
    *slot = T::default();
}

fn main() {
    let c: Counter = fresh();
    println!("{:?} {}", c, c.count);
    let mut x = 42;
    reset(&mut x);
    let mut c2 = Counter { count: 7 };
    reset(&mut c2);
    println!("{} {:?}", x, c2);
}
