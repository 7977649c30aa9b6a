// Deref coercion: `&MyBox<String>` becomes `&String`, then `&str`.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

fn total(v: &[i32]) -> i32 {
    let mut t = 0;
    for x in v {
        t += x;
    }
    t
}

fn main() {
    let m = MyBox(String::from("Rust"));
    hello(&m);
    let b = Box::new(String::from("boxed"));
    hello(&b);
    let v = MyBox(vec![1, 2, 3]);
    println!("{}", total(&v));
}
