// `assert_eq!` and `assert_ne!` call the hand-written `eq` (which compares lengths).
#[derive(Debug)]
struct Word(String);

impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        self.0.len() == other.0.len()
    }
}

fn main() {
    assert_eq!(Word(String::from("cat")), Word(String::from("dog")));
    let w = Word(String::from("bird"));
    assert_ne!(w, Word(String::from("ox")));
    println!("both hold");
    assert_eq!(w, Word(String::from("horse")), "lengths differ");
}
