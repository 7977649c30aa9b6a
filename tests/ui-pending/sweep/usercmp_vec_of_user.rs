//@ mode: check
// Comparing `Vec`s of a type with a hand-written `eq`: Ferrite refuses (its comparison
// of the vectors would not call `eq`).
struct Name(String);

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.0.len() == other.0.len()
    }
}

fn main() {
    let a = vec![Name(String::from("ab"))];
    let b = vec![Name(String::from("cd"))];
    println!("{}", a == b);
}
