use std::collections::BTreeSet;

fn main() {
    let text = "to be or not to be";
    let mut words = BTreeSet::new();
    for w in text.split(' ') {
        words.insert(w);
    }
    println!("{:?}", words);
    let short: BTreeSet<&str> = BTreeSet::from(["be", "to", "we"]);
    let mut both = Vec::new();
    for w in words.intersection(&short) {
        both.push(*w);
    }
    let mut only: Vec<&str> = Vec::new();
    for w in short.difference(&words) {
        only.push(w);
    }
    println!("{:?} {:?}", both, only);
    println!("{:?} {}", words.pop_first(), words.contains("or"));
}
