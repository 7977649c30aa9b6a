use std::hash::{Hash, Hasher};

struct Id(u32, String);

impl PartialEq for Id {
    fn eq(&self, other: &Id) -> bool {
        self.0 == other.0
    }
}

impl Eq for Id {}

impl Hash for Id {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

fn same<T: Eq + Hash>(a: &T, b: &T) -> bool {
    a == b
}

fn main() {
    let a = Id(1, String::from("x"));
    let b = Id(1, String::from("y"));
    println!("{} {} {}", a == b, same(&a, &b), a.1 != b.1);
}
