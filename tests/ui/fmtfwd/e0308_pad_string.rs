use std::fmt;

struct Name(String);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0.clone())
    }
}

fn main() {
    println!("{}", Name(String::from("ana")));
}
