use std::collections::HashSet;
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone, Copy)]
struct Parity(i32);

impl PartialEq for Parity {
    fn eq(&self, other: &Self) -> bool {
        self.0 % 2 == other.0 % 2
    }
}

impl Eq for Parity {}

impl Hash for Parity {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (self.0 % 2).hash(state);
    }
}

fn main() {
    let s: HashSet<Parity> = [2, 4, 7, 10, 9].iter().map(|&n| Parity(n)).collect();
    println!("{}", s.len());
    println!("{}", s.contains(&Parity(100)));
    let t = HashSet::from([Parity(1), Parity(3)]);
    println!("{}", t.len());
    println!("{}", t.is_subset(&s));
    let mut both: Vec<i32> = s.intersection(&t).map(|p| p.0).collect();
    both.sort();
    println!("{:?}", both);
}
