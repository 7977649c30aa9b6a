// `assert_eq!` on vectors of a type with a hand-written `eq`: the first passes (the
// learner's `eq` ignores the case), the second fails and shows both vectors.
#[derive(Debug)]
struct Tag(String);

impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

fn main() {
    let a = vec![Tag(String::from("Red")), Tag(String::from("blue"))];
    let b = vec![Tag(String::from("RED")), Tag(String::from("Blue"))];
    assert_eq!(a, b);
    println!("first passed");
    let c = vec![Tag(String::from("red"))];
    assert_eq!(a, c);
    println!("not reached");
}
