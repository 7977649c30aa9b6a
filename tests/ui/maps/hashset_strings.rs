use std::collections::HashSet;

fn main() {
    let mut names: HashSet<String> = HashSet::new();
    names.insert(String::from("ann"));
    names.insert("bob".to_string());
    println!("{}", names.insert(String::from("ann")));
    println!("{} {}", names.contains("bob"), names.contains("cid"));
    let one: HashSet<&str> = HashSet::from(["solo"]);
    println!("{:?}", one);
}
