use std::collections::HashMap;

struct Inventory {
    items: HashMap<String, u32>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: HashMap::new() }
    }

    fn add(&mut self, name: &str, n: u32) {
        *self.items.entry(name.to_string()).or_insert(0) += n;
    }

    fn count(&self, name: &str) -> u32 {
        match self.items.get(name) {
            Some(n) => *n,
            None => 0,
        }
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("bolt", 3);
    inv.add("nut", 2);
    inv.add("bolt", 4);
    println!("{} {} {}", inv.count("bolt"), inv.count("nut"), inv.count("gear"));
}
