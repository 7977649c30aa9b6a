fn lookup(key: u8) -> Option<&'static str> {
    match key {
        1 => Some("one"),
        2 => Some("two"),
        _ => None,
    }
}

fn main() {
    println!("{}", lookup(1).unwrap());
    println!("{}", lookup(3).unwrap());
}
