// `Cow<[T]>` compares with another `Cow<[T]>`, a `Vec` and a slice by its elements.
use std::borrow::Cow;

fn trimmed(v: &[i32]) -> Cow<'_, [i32]> {
    if v.first() == Some(&0) { Cow::Owned(v[1..].to_vec()) } else { Cow::Borrowed(v) }
}

fn main() {
    let raw = [0, 4, 5];
    let plain = [4, 5];
    let a = trimmed(&raw);
    let b = trimmed(&plain);
    println!("{} {}", a == b, a == vec![4, 5]);
    println!("{} {}", b == &plain[..], a != &raw[..]);
    println!("{}", a < Cow::Borrowed(&[4, 6][..]));
}
