// `Cow` of `Vec<i32>`, `String`, a tuple and `i32`: each its own owned form (the blanket
// `ToOwned`), so `to_mut` gives the `Vec` itself and `into_owned` the value.
use std::borrow::Cow;
fn main() {
    let v = vec![1, 2];
    let mut a: Cow<Vec<i32>> = Cow::Borrowed(&v);
    a.to_mut().push(3);
    println!("{:?} {:?} {}", a, v, a.len());
    let s = String::from("hey");
    let b: Cow<String> = Cow::Borrowed(&s);
    println!("{}", b);
    let t: Cow<'_, (i32, i32)> = Cow::Owned((1, 2));
    let (x, y) = t.into_owned();
    println!("{x} {y}");
    let n = 5;
    let d = Cow::Borrowed(&n);
    let e: i32 = *d + 1;
    println!("{e} {}", d.clone().into_owned());
}
