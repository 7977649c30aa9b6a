//@ mode: run
// Tuples: building, destructuring, fields, nesting, comparisons, Debug.
fn swap(pair: (i32, &str)) -> (&str, i32) {
    (pair.1, pair.0)
}

fn min_max(a: i32, b: i32, c: i32) -> (i32, i32) {
    let mut lo = a;
    let mut hi = a;
    if b < lo { lo = b; }
    if c < lo { lo = c; }
    if b > hi { hi = b; }
    if c > hi { hi = c; }
    (lo, hi)
}

fn main() {
    let point = (3, -4);
    let (x, y) = point;
    println!("x = {}, y = {}", x, y);
    let swapped = swap((7, "seven"));
    println!("{:?} {:?}", swapped, point);
    let (lo, hi) = min_max(5, 1, 9);
    println!("{lo} {hi}");
    let mut nested = ((1, 2.5), ('c', true), "s");
    nested.0.1 = 3.5;
    (nested.1).0 = 'd';
    println!("{:?}", nested);
    println!("{:#?}", nested);
    let single = (5,);
    println!("{:?} {:?} {}", single, (), point == (3, -4));
    let (first, .., last) = (1, 2, 3, 4);
    println!("{} {} {}", first, last, (1, 2) < (1, 3));
    println!("{:5?}", (1, 2));
}
