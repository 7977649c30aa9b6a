fn main() {
    let s = "Hello, World!";
    println!("{}", s.replace(|c: char| !c.is_alphanumeric(), ""));
    println!("{}", s.replace(char::is_lowercase, "*"));
    let owned = String::from("a1b2");
    println!("{}", owned.replace(|c: char| c.is_ascii_digit(), "#"));
}
