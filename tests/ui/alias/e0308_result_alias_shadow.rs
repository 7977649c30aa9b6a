//@ mode: check
#[derive(Debug)]
struct ParseError;

type Result<T> = std::result::Result<T, ParseError>;

fn digit(c: char) -> Result<u32> {
    match c.to_digit(10) {
        Some(d) => Ok(d),
        None => Err(ParseError),
    }
}

fn first_digit(s: &str) -> Result<u32> {
    let c = s.chars().next().unwrap_or('x');
    let d = digit(c)?;
    d
}

fn main() {
    println!("{:?}", first_digit("7a"));
}
