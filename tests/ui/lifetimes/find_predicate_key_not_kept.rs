// A predicate capturing a short-lived key does not keep it borrowed by the result.
fn lookup<'a>(table: &'a [(String, u32)], key: &str) -> Option<&'a u32> {
    table.iter().find(|entry| entry.0 == key).map(|entry| &entry.1)
}

fn main() {
    let table = vec![("ann".to_string(), 31), ("bob".to_string(), 27)];
    let age = {
        let name = String::from("bob");
        lookup(&table, &name)
    };
    println!("{:?}", age);
}
