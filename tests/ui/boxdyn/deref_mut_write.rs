// `*x = v` through `DerefMut::deref_mut`.
use std::ops::{Deref, DerefMut};

struct Counter {
    value: u32,
    reads: u32,
}

impl Deref for Counter {
    type Target = u32;

    fn deref(&self) -> &u32 {
        &self.value
    }
}

impl DerefMut for Counter {
    fn deref_mut(&mut self) -> &mut u32 {
        self.reads += 1;
        &mut self.value
    }
}

fn main() {
    let mut c = Counter { value: 1, reads: 0 };
    *c = 10;
    *c += 5;
    println!("{} {}", *c, c.reads);
}
