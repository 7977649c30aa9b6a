fn main() {
    let text = String::from("  Name: Ferris  ");
    let field = text.trim_matches(char::is_whitespace);
    println!("[{}]", field);
    let key = String::from("Name");
    println!("{:?}", field.find(&key));
    println!("{:?}", text.split(|c| c == ':').map(|p| p.trim()).collect::<Vec<_>>());
}
