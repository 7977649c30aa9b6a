use std::collections::HashMap;

type Handler = fn(u8) -> u8;

fn count(s: &str) -> usize {
    s.len()
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn main() {
    let mut handlers: HashMap<&str, fn(&str) -> usize> = HashMap::new();
    handlers.insert("count", count);
    handlers.insert("words", words);
    println!("{}", via_alias()(4));
    let text = "a bc def";
    let mut names: Vec<_> = handlers.keys().copied().collect();
    names.sort();
    for n in names {
        println!("{} = {}", n, handlers[n](text));
    }
}

fn twice(x: u8) -> u8 {
    x * 2
}

pub fn via_alias() -> Handler {
    twice
}
