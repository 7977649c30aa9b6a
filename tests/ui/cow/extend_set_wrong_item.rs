use std::collections::HashSet;

fn main() {
    let mut s: HashSet<u8> = HashSet::new();
    s.extend(vec!["a", "b"]);
    println!("{}", s.len());
}
