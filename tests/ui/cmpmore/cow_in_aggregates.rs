// A `Cow` inside a `Vec`, an `Option`, a tuple or a derived struct compares by its text.
use std::borrow::Cow;

#[derive(PartialEq, Debug)]
struct Entry<'a> {
    key: Cow<'a, str>,
    n: i32,
}

fn main() {
    let a: Cow<str> = Cow::Borrowed("hi");
    let b: Cow<str> = Cow::Owned(String::from("hi"));
    let v = vec![a.clone(), Cow::Borrowed("x")];
    let w = vec![b.clone(), Cow::Owned(String::from("x"))];
    println!("{} {}", v == w, v != w);
    println!("{}", Some(a.clone()) == Some(b.clone()));
    println!("{}", (1, a.clone()) == (1, b.clone()));
    let e = Entry { key: a.clone(), n: 1 };
    let f = Entry { key: b.clone(), n: 1 };
    println!("{}", e == f);
    assert_eq!(v, w);
    println!("{}", Some(&a) == Some(&b));
}
