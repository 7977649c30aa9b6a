use std::collections::HashMap;

fn build(pairs: &[(&str, u32)]) -> HashMap<String, u32> {
    let mut m = HashMap::new();
    for (name, n) in pairs {
        m.insert(name.to_string(), *n);
    }
    m
}

fn lookup<'a>(m: &'a HashMap<String, u32>, key: &str) -> Option<&'a u32> {
    m.get(key)
}

fn bump(m: &mut HashMap<String, u32>, key: &str) {
    if let Some(n) = m.get_mut(key) {
        *n += 1;
    }
}

fn main() {
    let mut m = build(&[("a", 1), ("b", 2)]);
    bump(&mut m, "a");
    bump(&mut m, "z");
    println!("{:?} {:?}", lookup(&m, "a"), lookup(&m, "z"));
    println!("{}", *m.get("b").unwrap_or(&0) + *m.get("q").unwrap_or(&0));
}
