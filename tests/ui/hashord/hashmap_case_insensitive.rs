use std::collections::HashMap;
use std::hash::{Hash, Hasher};

struct Name(String);

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

impl Eq for Name {}

impl Hash for Name {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.to_lowercase().hash(state);
    }
}

fn main() {
    let mut ages = HashMap::new();
    ages.insert(Name("Ada".to_string()), 36);
    ages.insert(Name("Bob".to_string()), 41);
    let old = ages.insert(Name("ADA".to_string()), 37);
    println!("{:?} {}", old, ages.len());
    println!("{:?}", ages.get(&Name("ada".to_string())));
    println!("{}", ages.contains_key(&Name("BOB".to_string())));
    println!("{:?}", ages.remove(&Name("bOb".to_string())));
    println!("{} {:?}", ages.len(), ages.get(&Name("bob".to_string())));
    for (k, v) in &ages {
        println!("{} {}", k.0, v);
    }
}
