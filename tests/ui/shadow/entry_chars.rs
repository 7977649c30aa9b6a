use std::collections::HashMap;

#[derive(Debug)]
struct Entry {
    word: String,
    count: usize,
}

struct Chars;

fn main() {
    let _c = Chars;
    let mut seen: HashMap<char, usize> = HashMap::new();
    for ch in "abca".chars() {
        *seen.entry(ch).or_insert(0) += 1;
    }
    let e = Entry { word: String::from("abca"), count: seen[&'a'] };
    println!("{:?}", e);
    println!("{} {}", e.word.len(), e.count);
}
