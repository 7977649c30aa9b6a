use std::cmp::Ordering;

fn main() {
    println!("{:?}", Ordering::Equal.then(Ordering::Less));
    println!("{:?}", Ordering::Greater.then(Ordering::Less));
    let mut calls = 0;
    let o = Ordering::Less.then_with(|| {
        calls += 1;
        Ordering::Greater
    });
    println!("{:?} after {} calls", o, calls);
    let p = Ordering::Equal.then_with(|| Ordering::Greater);
    println!("{:?}", p);
}
