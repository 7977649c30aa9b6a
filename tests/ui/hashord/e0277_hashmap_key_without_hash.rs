use std::collections::HashMap;

struct Code(String);

impl PartialEq for Code {
    fn eq(&self, other: &Code) -> bool {
        self.0.trim() == other.0.trim()
    }
}

impl Eq for Code {}

fn main() {
    let mut m = HashMap::new();
    m.insert(Code("a1".to_string()), 3);
    println!("{}", m.len());
}
