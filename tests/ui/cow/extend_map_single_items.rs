use std::collections::HashMap;

fn main() {
    let mut m: HashMap<char, u32> = HashMap::new();
    m.extend("abc".chars());
    println!("{}", m.len());
}
