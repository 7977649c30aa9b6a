use std::collections::BTreeMap;

fn main() {
    let mut grades = BTreeMap::new();
    grades.insert("ann", 90);
    grades.insert("bob", 75);
    let all: Vec<i32> = grades.into_values().collect();
    println!("{:?}", all);
    for (name, g) in &grades {
        println!("{name}: {g}");
    }
}
