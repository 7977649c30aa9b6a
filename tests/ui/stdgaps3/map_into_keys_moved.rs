use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert(String::from("apples"), 3);
    stock.insert(String::from("pears"), 5);
    let mut names: Vec<String> = stock.into_keys().collect();
    names.sort();
    println!("{:?}", names);
    println!("{} kinds", stock.len());
}
