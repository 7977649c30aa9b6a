// Cloning a `Cow` of a tuple: a borrowed one stays borrowed, an owned one is cloned.
use std::borrow::Cow;

fn main() {
    let pair = (1u8, 'z');
    let a: Cow<(u8, char)> = Cow::Borrowed(&pair);
    let b: Cow<(u8, char)> = Cow::Owned((2, 'y'));
    let a2 = a.clone();
    let b2 = b.clone();
    println!("{:?} {:?}", a2, b2);
    println!("{} {}", matches!(a2, Cow::Borrowed(_)), matches!(b2, Cow::Owned(_)));
    let v: Vec<(u8, char)> = vec![a2.into_owned(), b2.into_owned()];
    println!("{:?}", v);
}
