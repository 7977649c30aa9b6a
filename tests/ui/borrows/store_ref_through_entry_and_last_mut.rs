use std::collections::HashMap;
fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::from("al")];
    let mut groups: HashMap<char, Vec<&String>> = HashMap::new();
    for n in &names {
        let first = n.chars().next().unwrap();
        groups.entry(first).or_insert_with(Vec::new).push(n);
    }
    let mut g2: HashMap<usize, Vec<&str>> = HashMap::new();
    for n in &names {
        g2.entry(n.len()).or_default().push(n.as_str());
    }
    let mut v: Vec<Vec<&String>> = vec![Vec::new()];
    v.last_mut().unwrap().push(&names[0]);
    let mut keys: Vec<_> = groups.keys().copied().collect();
    keys.sort();
    for k in keys { println!("{} {:?}", k, groups[&k]); }
    println!("{:?} {:?}", g2.get(&3), v);
}
