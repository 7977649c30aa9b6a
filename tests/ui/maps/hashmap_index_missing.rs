use std::collections::HashMap;

fn lookup(m: &HashMap<String, i32>, key: &str) -> i32 {
    m[key]
}

fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("one"), 1);
    println!("{}", lookup(&m, "one"));
    println!("{}", lookup(&m, "two"));
}
