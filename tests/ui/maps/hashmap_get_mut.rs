use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert(String::from("apple"), 3);
    if let Some(n) = stock.get_mut("apple") {
        *n += 10;
    }
    match stock.get_mut("pear") {
        Some(n) => *n += 1,
        None => println!("no pears"),
    }
    println!("{}", stock["apple"]);
}
