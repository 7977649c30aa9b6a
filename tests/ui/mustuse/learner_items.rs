//@ mode: check
// The learner's own `#[must_use]` functions, methods, trait methods and types.
#[must_use]
fn compute() -> i32 {
    3
}

#[must_use = "the new total is returned"]
fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[must_use = "a Guard does nothing unless kept"]
struct Guard;

#[must_use]
struct Wrapper<T>(T);

struct Counter {
    n: u32,
}

impl Counter {
    #[must_use]
    fn new() -> Counter {
        Counter { n: 0 }
    }

    #[must_use]
    fn next_value(&self) -> u32 {
        self.n + 1
    }

    fn bump(&mut self) {
        self.n.checked_add(1);
        self.n += 1;
    }
}

trait Shape {
    #[must_use]
    fn size(&self) -> u32;
}

impl Shape for Counter {
    fn size(&self) -> u32 {
        self.n
    }
}

fn guard() -> Guard {
    Guard
}

fn wrap<T>(t: T) -> Wrapper<T> {
    Wrapper(t)
}

fn main() {
    compute();
    add(1, 2);
    guard();
    wrap(5);
    let mut c = Counter::new();
    c.next_value();
    Counter::new();
    c.size();
    c.bump();
    let total = add(compute(), 1);
    let _g = guard();
    println!("{} {}", total, c.n);
}
