// `Cow<[T]>` derefs to the slice: its methods.
use std::borrow::Cow;

fn sorted(xs: &[i32]) -> Cow<'_, [i32]> {
    if xs.windows(2).all(|w| w[0] <= w[1]) {
        Cow::Borrowed(xs)
    } else {
        let mut v = xs.to_vec();
        v.sort();
        Cow::Owned(v)
    }
}

fn main() {
    let a = sorted(&[1, 2, 3]);
    let b = sorted(&[3, 1, 2]);
    println!("{:?} {:?} {:?}", a.last(), b.get(1), b.iter().rev().collect::<Vec<_>>());
    println!("{:?} {}", b.first(), b.contains(&2));
}
