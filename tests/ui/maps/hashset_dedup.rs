use std::collections::HashSet;

fn main() {
    let words = vec!["apple", "pear", "apple", "fig", "pear"];
    let mut seen = HashSet::new();
    let mut unique = Vec::new();
    for w in &words {
        if seen.insert(*w) {
            unique.push(*w);
        }
    }
    println!("{:?} {}", unique, seen.len());
    let letters: HashSet<char> = HashSet::from(['a', 'b']);
    let mut hits = 0;
    for c in "abracadabra".chars() {
        if letters.contains(&c) {
            hits += 1;
        }
    }
    println!("{hits}");
}
