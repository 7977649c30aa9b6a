fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn main() {
    let maybe: Option<fn(&str) -> String> = Some(shout);
    match maybe {
        Some(f) => println!("{}", f("hi")),
        None => println!("none"),
    }
}
