// A `Deref<Target = String>` bound: `deref()` gives a `&String`.
use std::ops::Deref;

struct Name {
    text: String,
}

impl Deref for Name {
    type Target = String;
    fn deref(&self) -> &String {
        &self.text
    }
}

fn shout<D: Deref<Target = String>>(d: D) {
    let s: &String = d.deref();
    println!("{}!", s);
}

fn main() {
    shout(Name { text: String::from("hey") });
}
