use std::collections::HashMap;

fn main() {
    let text = "the cat saw the dog and the dog saw the cat";
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut words = Vec::new();
    for (word, n) in &counts {
        words.push((*n, *word));
    }
    words.sort();
    words.reverse();
    for (n, word) in words {
        println!("{word}: {n}");
    }
}
