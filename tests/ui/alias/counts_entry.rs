use std::collections::HashMap;

type Counts = HashMap<char, usize>;

fn count(s: &str) -> Counts {
    let mut c = Counts::new();
    for ch in s.chars() {
        *c.entry(ch).or_insert(0) += 1;
    }
    c
}

fn main() {
    let c = count("hello");
    println!("{} {}", c[&'l'], c.get(&'z').is_none());
}
