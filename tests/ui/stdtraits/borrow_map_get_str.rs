use std::collections::{HashMap, HashSet};

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(String::from("ann"), 31);
    ages.insert(String::from("bob"), 27);
    let who = "ann";
    println!("{:?} {:?}", ages.get(who), ages.get("zoe"));
    println!("{}", ages.contains_key("bob"));
    let mut tags: HashSet<String> = HashSet::new();
    tags.insert(String::from("x"));
    println!("{} {}", tags.contains("x"), tags.contains("q"));
}
