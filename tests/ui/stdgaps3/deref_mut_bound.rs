// Writing through a `DerefMut` bound.
use std::ops::{Deref, DerefMut};

fn bump<T: DerefMut<Target = i32>>(x: &mut T) {
    **x += 1;
}

fn reset<T: DerefMut<Target = String>>(x: &mut T) {
    **x = String::from("reset");
}

struct Counter(i32);

impl Deref for Counter {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}

impl DerefMut for Counter {
    fn deref_mut(&mut self) -> &mut i32 {
        &mut self.0
    }
}

fn main() {
    let mut c = Counter(1);
    bump(&mut c);
    bump(&mut c);
    println!("{}", c.0);
    let mut b = Box::new(10);
    bump(&mut b);
    println!("{}", b);
    let mut s = Box::new(String::from("old"));
    reset(&mut s);
    println!("{}", s);
}
