fn lookup(found: bool) -> Option<String> {
    if found { Some(String::from("hit")) } else { None }
}

fn main() {
    let a = lookup(true).unwrap_or_else(String::new);
    let b = lookup(false).unwrap_or_else(String::new);
    println!("[{}] [{}]", a, b);
}
