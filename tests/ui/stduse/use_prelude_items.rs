//@ mode: check
use std::option::Option;
use std::vec::Vec;
use std::string::String;

fn first_word(text: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    words.push(text.to_string());
    words.pop()
}

fn main() {
    println!("{:?}", first_word("hello"));
}
