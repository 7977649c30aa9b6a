use std::collections::HashMap;

type Counts = HashMap<char, usize>;

fn main() {
    let mut m = Counts::new();
    m.insert('a', 1);
    println!("{}", m.len());
}
