// Two `Cow`s compare by what they point at, not by their variant; `<` orders the texts.
use std::borrow::Cow;

fn main() {
    let a: Cow<str> = Cow::Borrowed("pear");
    let b: Cow<str> = Cow::Owned(String::from("pear"));
    let c: Cow<str> = Cow::Borrowed("apple");
    println!("{} {}", a == b, a != b);
    println!("{} {} {}", c < a, b <= a, c > b);
    let mut words = vec![a.clone(), c.clone()];
    words.sort_by(|x, y| x.cmp(y));
    println!("{:?}", words);
}
