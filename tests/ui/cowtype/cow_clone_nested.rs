use std::borrow::Cow;
fn main() {
    let v: Vec<Cow<str>> = vec![Cow::Borrowed("a"), Cow::Owned(String::from("b"))];
    let w = v.clone();
    let o: Option<Cow<str>> = Some(Cow::Borrowed("z"));
    println!("{:?} {:?} {:?}", v, w, o.clone());
}
