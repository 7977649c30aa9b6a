use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    let name = String::from("ann");
    m.insert(name, 1);
    println!("{}", name);
}
