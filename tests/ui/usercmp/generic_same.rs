// A hand-written `PartialEq` passed to a `T: PartialEq` function: its `eq` ignores case.
struct Name(String);

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b
}

fn main() {
    println!("{}", same(&Name(String::from("Ann")), &Name(String::from("ANN"))));
}
