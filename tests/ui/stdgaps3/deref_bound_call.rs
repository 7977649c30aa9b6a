// `T::Target` through a `Deref` bound: std's `String`, `Box` and `Vec` impls.
use std::ops::Deref;

fn first<T: Deref>(x: &T) -> &T::Target {
    x.deref()
}

fn main() {
    let s = String::from("hello");
    let t: &str = first(&s);
    println!("{} {}", t, t.len());
    let b = Box::new(42);
    println!("{}", first(&b));
    let v: Vec<u8> = vec![1, 2, 3];
    println!("{:?} {}", first(&v), first(&v).len());
}
