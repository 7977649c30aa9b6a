// Indexing a `Cow<[T]>` goes through its `Deref`; `Cow::Borrowed(&[..])` coerces the array
// reference to the slice the expected type asks for.
use std::borrow::Cow;

fn main() {
    let a: Cow<'_, [i32]> = Cow::Owned(vec![3, 1, 2]);
    let b: Cow<'_, [i32]> = Cow::Borrowed(&[7, 8]);
    println!("{} {} {:?} {}", a[0], b[1], &a[1..], b.len());
}
