// Methods of the target, reached through a `Deref` / `DerefMut` bound.
use std::ops::{Deref, DerefMut};
fn size<D: Deref<Target = String>>(d: D) -> usize {
    d.len()
}
fn grow<D: DerefMut<Target = Vec<i32>>>(mut d: D) -> usize {
    d.push(4);
    d.len()
}
fn main() {
    println!("{}", size(Box::new(String::from("hello"))));
    println!("{}", grow(Box::new(vec![1, 2])));
}
