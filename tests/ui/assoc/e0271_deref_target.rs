use std::ops::Deref;

// The learner's `Deref` impl targets `Vec<u8>`, the bound asks for `String`.
struct Name {
    bytes: Vec<u8>,
}

impl Deref for Name {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.bytes
    }
}

fn shout<D: Deref<Target = String>>(d: D) {
    let s: &String = d.deref();
    println!("{}!", s);
}

fn main() {
    shout(Name { bytes: vec![104, 105] });
}
