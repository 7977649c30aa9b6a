fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn main() {
    println!("{}", shout(b"hi"));
}
