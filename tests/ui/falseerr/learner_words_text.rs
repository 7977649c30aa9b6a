use std::collections::HashMap;

fn group_by_len(words: &[&str]) -> HashMap<usize, Vec<String>> {
    let mut m: HashMap<usize, Vec<String>> = HashMap::new();
    for w in words {
        m.entry(w.len()).or_default().push(w.to_string());
    }
    m
}

fn caesar(s: &str, k: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + k) % 26) + b'a') as char
            } else {
                c
            }
        })
        .collect()
}

fn is_anagram(a: &str, b: &str) -> bool {
    let mut x: Vec<char> = a.chars().collect();
    let mut y: Vec<char> = b.chars().collect();
    x.sort();
    y.sort();
    x == y
}

fn main() {
    let g = group_by_len(&["hi", "yo", "cat", "a"]);
    let mut keys: Vec<&usize> = g.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} => {:?}", k, g[k]);
    }
    println!("{}", caesar("hello, world", 3));
    println!("{} {}", is_anagram("listen", "silent"), is_anagram("a", "b"));
    let text = "one two three two one two";
    let mut counts: Vec<(String, i32)> = Vec::new();
    for w in text.split(' ') {
        match counts.iter_mut().find(|(x, _)| x == w) {
            Some((_, c)) => *c += 1,
            None => counts.push((w.to_string(), 1)),
        }
    }
    println!("{:?}", counts);
    let s = String::from("héllo");
    println!("{} {} {:?}", s.len(), s.chars().count(), s.char_indices().nth(2));
}
