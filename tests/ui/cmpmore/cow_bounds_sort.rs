// `Cow<str>` meets `T: PartialEq` (a reference to one too), and `contains`, `sort` and
// `max` compare the texts, whichever variant holds them.
use std::borrow::Cow;

fn same<T: PartialEq>(a: T, b: T) -> bool {
    a == b
}

fn main() {
    let a: Cow<str> = Cow::Borrowed("a");
    let b: Cow<str> = Cow::Owned(String::from("a"));
    println!("{}", same(&a, &b));
    let w = vec![Cow::Borrowed("b"), Cow::Owned(String::from("a"))];
    println!("{}", w.contains(&Cow::Borrowed("a")));
    let mut s = vec![Cow::Borrowed("b"), Cow::Owned(String::from("a")), Cow::Borrowed("a")];
    s.sort();
    println!("{:?}", s);
    println!("{:?}", s.iter().max());
    println!("{}", same(a, b));
}
