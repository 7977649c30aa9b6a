use std::ops::Deref;

fn first<T: Deref>(x: &T) -> &T::Target {
    x.deref()
}

fn main() {
    let b = Box::new(7u8);
    let n: u8 = first(&b);
    println!("{}", n);
}
