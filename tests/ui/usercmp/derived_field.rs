// A derived `PartialEq` on a struct whose field has a hand-written `eq`.
struct Name(String);
impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool { self.0.len() == other.0.len() }
}
#[derive(PartialEq)]
struct W { n: Name }
fn main() {
    let a = W { n: Name(String::from("ab")) };
    let b = W { n: Name(String::from("cd")) };
    println!("{}", a == b);
}
