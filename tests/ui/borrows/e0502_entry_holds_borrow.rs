use std::collections::HashMap;
fn main() {
    let mut names = vec![String::from("ann"), String::from("bob")];
    let mut groups: HashMap<usize, Vec<&String>> = HashMap::new();
    for n in &names {
        groups.entry(n.len()).or_default().push(n);
    }
    names.push(String::from("cy"));
    println!("{:?}", groups.get(&3));
}
