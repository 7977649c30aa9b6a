// A struct holding a `Cow<'a, str>`: borrowed names stay borrowed.
use std::borrow::Cow;

struct Entry<'a> {
    name: Cow<'a, str>,
    score: u32,
}

impl<'a> Entry<'a> {
    fn new(name: &'a str, score: u32) -> Entry<'a> {
        let name = if name.is_empty() { Cow::Owned(format!("player{}", score)) } else { Cow::Borrowed(name) };
        Entry { name, score }
    }
}

fn main() {
    let entries = vec![Entry::new("ada", 3), Entry::new("", 7)];
    for e in &entries {
        let kind = match e.name {
            Cow::Borrowed(_) => "borrowed",
            Cow::Owned(_) => "owned",
        };
        println!("{}: {} ({})", e.name, e.score, kind);
    }
    let total: usize = entries.iter().map(|e| e.name.len()).sum();
    println!("{total}");
}
