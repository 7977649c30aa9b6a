use std::collections::HashMap;

type Counts = HashMap<char, usize>;

fn count(s: &str) -> Counts {
    let mut m: Counts = HashMap::new();
    for c in s.chars() {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

fn main() {
    let m = count("hello");
    println!("{}", m[&'l']);
}
