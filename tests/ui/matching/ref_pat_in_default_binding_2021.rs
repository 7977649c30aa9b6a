//@ edition: 2021
use std::collections::HashMap;
fn main() {
    let mut stock: HashMap<&str, i32> = HashMap::new();
    stock.insert("apple", 3);
    stock.insert("pear", 0);
    stock.insert("fig", 7);
    let mut low: Vec<&str> = stock.iter().filter(|(_, &n)| n < 5).map(|(&name, _)| name).collect();
    low.sort();
    println!("{:?}", low);
    let first: Option<&i32> = Some(&4);
    match &first {
        Some(&x) => println!("x={}", x + 1),
        None => println!("none"),
    }
    let pairs = vec![(1, 'a'), (2, 'b')];
    let s: i32 = pairs.iter().map(|&(n, _)| n).sum();
    let c: Vec<char> = pairs.iter().map(|(_, c)| *c).collect();
    println!("{} {:?}", s, c);
}
