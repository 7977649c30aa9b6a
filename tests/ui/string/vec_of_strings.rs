fn main() {
    let mut names: Vec<String> = Vec::new();
    names.push(String::from("ann"));
    names.push("bo".to_string());
    let mut joined = String::new();
    for n in &names {
        joined.push_str(n);
        joined.push('/');
    }
    println!("{} {:?}", joined, names);
    println!("{}", names.contains(&String::from("bo")));
}
