//@ mode: check
use std::fmt::Debug;

fn dbg_it<T>(x: &T)
where
    T: Debug,
{
    println!("{:?}", x);
}

fn main() {
    let v = vec![1, 2, 3];
    dbg_it(&v[..]);
}
