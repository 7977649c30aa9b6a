use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.extend([(String::from("ann"), 31), (String::from("bo"), 25)]);
    ages.extend(vec![(String::from("ann"), 32)]);
    let mut keys: Vec<&String> = ages.keys().collect();
    keys.sort();
    for k in keys {
        println!("{k}: {}", ages[k]);
    }
}
