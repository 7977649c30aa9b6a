// A generic impl's functions called by path: through the trait, qualified, and
// through the type (with and without its arguments).
use std::fmt::Display;

trait Show {
    fn show(&self);
    fn kind() -> u32;
}

struct Boxed<T> {
    v: T,
}

impl<T: Display> Show for Boxed<T> {
    fn show(&self) {
        println!("[{}]", self.v);
    }
    fn kind() -> u32 {
        7
    }
}

fn main() {
    let b = Boxed { v: 3 };
    Show::show(&b);
    <Boxed<i32> as Show>::show(&b);
    println!("{}", Boxed::<char>::kind());
}
