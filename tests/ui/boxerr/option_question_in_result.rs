// `?` on an `Option` in a function returning `Result<_, Box<dyn Error>>`.
use std::error::Error;

fn first_word(s: &str) -> Result<String, Box<dyn Error>> {
    let w = s.split_whitespace().next()?;
    Ok(w.to_string())
}

fn main() {
    println!("{:?}", first_word("hello there").is_ok());
}
