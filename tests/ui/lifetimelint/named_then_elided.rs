//@ mode: check
fn first_word<'a>(text: &'a str) -> &str {
    text.split(' ').next().unwrap_or("")
}

fn main() {
    println!("{}", first_word("hello world"));
}
