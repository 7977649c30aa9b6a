// A derived `==` on a struct with a `Cow` field: borrowed and owned texts are equal.
use std::borrow::Cow;

#[derive(PartialEq, Debug)]
struct Entry<'a> {
    key: Cow<'a, str>,
    n: i32,
}

fn main() {
    let e = Entry { key: Cow::Borrowed("hi"), n: 1 };
    let f = Entry { key: Cow::Owned(String::from("hi")), n: 1 };
    println!("{}", e == f);
    assert_eq!(e, f);
}
