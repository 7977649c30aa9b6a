fn greet(name: Option<&str>) -> String {
    match name {
        Some(n) => format!("hello, {}", n),
        None => String::from("hello, stranger"),
    }
}

fn main() {
    let who: Option<String> = Some(String::from("ferris"));
    println!("{}", greet(who.as_deref()));
    let nobody: Option<String> = None;
    println!("{}", greet(nobody.as_deref()));
    println!("{:?}", who.as_ref().map(|s| s.as_str()));
    match who.as_deref() {
        Some("ferris") => println!("crab"),
        _ => println!("other"),
    }
    println!("{:?}", who);
}
