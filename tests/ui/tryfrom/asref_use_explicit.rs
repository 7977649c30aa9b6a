use std::convert::AsRef;

fn first_word<S: AsRef<str>>(s: S) -> String {
    s.as_ref().split(' ').next().unwrap_or("").to_string()
}

fn main() {
    println!("{}", first_word("hello world"));
    println!("{}", first_word(String::from("one two")));
}
