// The elements of a `Cow<[T]>` compare through their hand-written `eq`.
use std::borrow::Cow;

#[derive(Clone, Debug)]
struct Tag(String);

impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

fn main() {
    let tags = vec![Tag(String::from("Rust")), Tag(String::from("IDE"))];
    let borrowed: Cow<[Tag]> = Cow::Borrowed(&tags);
    let owned: Cow<[Tag]> = Cow::Owned(vec![Tag(String::from("rust")), Tag(String::from("ide"))]);
    println!("{}", borrowed == owned);
    println!("{}", owned == vec![Tag(String::from("RUST")), Tag(String::from("x"))]);
}
