// `T: Debug` formats a derived and a primitive argument with `{:?}`.
use std::fmt::Debug;

#[derive(Debug)]
struct Pt {
    x: i32,
    y: i32,
}

fn dump<T: Debug>(label: &str, v: &T) {
    println!("{label}: {:?}", v);
}

fn main() {
    let p = Pt { x: 1, y: -2 };
    dump("point", &p);
    println!("sum {}", p.x + p.y);
    dump("flag", &true);
}
