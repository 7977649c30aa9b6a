// `assert_eq!` between a `Cow<str>` and a `&str`; a failing one prints both sides.
use std::borrow::Cow;

fn shout(s: &str) -> Cow<'_, str> {
    if s.ends_with('!') { Cow::Borrowed(s) } else { Cow::Owned(format!("{}!", s)) }
}

fn main() {
    assert_eq!(shout("hey!"), "hey!");
    assert_eq!(shout("hey"), "hey!");
    assert_ne!(shout("hey"), shout("ho"));
    println!("ok");
    assert_eq!(shout("ho"), "ho");
}
