fn lookup(code: u8) -> Option<&'static str> {
    match code {
        1 => Some("one"),
        2 => Some("two"),
        _ => None,
    }
}

fn main() {
    let found: Option<Vec<&str>> = [1, 2].iter().map(|c| lookup(*c)).collect();
    let missing: Option<Vec<&str>> = [1, 5, 2].iter().map(|c| lookup(*c)).collect();
    println!("{:?} {:?}", found, missing);
}
