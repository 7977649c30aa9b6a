use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    println!("{} {}", ages.len(), ages.is_empty());
    println!("{:?}", ages.insert("ann", 31));
    println!("{:?}", ages.insert("bob", 27));
    println!("{:?}", ages.insert("ann", 32));
    println!("{:?} {:?}", ages.get("ann"), ages.get("cid"));
    println!("{} {}", ages.contains_key("bob"), ages.contains_key("cid"));
    println!("{:?} {:?}", ages.remove("bob"), ages.remove("bob"));
    println!("{} {}", ages.len(), ages.is_empty());
}
