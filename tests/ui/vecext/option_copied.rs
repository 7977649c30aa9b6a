use std::collections::HashMap;

fn main() {
    let v = vec![5, 6];
    let first: Option<i32> = v.first().copied();
    let none: Option<i32> = v.get(9).copied();
    let mut ages = HashMap::new();
    ages.insert("ann", 31u8);
    let age = ages.get("ann").copied().unwrap_or(0);
    println!("{:?} {:?} {}", first, none, age);
}
