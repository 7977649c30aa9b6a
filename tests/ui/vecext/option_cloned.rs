use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut stock = HashMap::new();
    stock.insert(1, Item { name: String::from("pen"), qty: 3 });
    let got = stock.get(&1).cloned();
    let missing = stock.get(&2).cloned();
    let names = vec![String::from("x")];
    let last: Option<String> = names.last().cloned();
    println!("{:?} {:?} {:?}", got, missing, last);
}
