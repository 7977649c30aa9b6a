use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
struct Age(u32);

// Younger is "greater".
impl Ord for Age {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Age {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[derive(Debug)]
struct Person {
    name: &'static str,
    age: Age,
}

fn main() {
    let mut people = vec![
        Person { name: "Ada", age: Age(36) },
        Person { name: "Bo", age: Age(12) },
        Person { name: "Cy", age: Age(70) },
    ];
    println!("{:?}", people.iter().max_by_key(|p| p.age).map(|p| p.name));
    println!("{:?}", people.iter().min_by_key(|p| p.age).map(|p| p.name));
    people.sort_by_key(|p| p.age);
    for p in &people {
        println!("{} {}", p.name, p.age.0);
    }
}
