// Writing through `*x` needs `DerefMut`; `Deref` alone only reads.
use std::ops::Deref;

struct Wrapper(i32);

impl Deref for Wrapper {
    type Target = i32;

    fn deref(&self) -> &i32 {
        &self.0
    }
}

fn main() {
    let w = Wrapper(1);
    *w = 2;
    println!("{}", *w);
}
