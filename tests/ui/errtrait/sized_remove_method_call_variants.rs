//@ mode: check
use std::fmt::Debug;

fn show<T: Debug>(x: &T) -> String {
    format!("{:?}", x)
}

fn main() {
    let name = String::from(" ann ");
    let r = &name;
    println!("{}", show(r.as_str()));
    let v = vec![1, 2];
    println!("{}", show(v.as_slice()));
    let s: &str = "  x ";
    println!("{}", show(s.trim()));
}
