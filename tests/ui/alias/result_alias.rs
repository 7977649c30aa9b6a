#[derive(Debug)]
enum ParseError {
    Empty,
    Bad(String),
}

type Result<T> = std::result::Result<T, ParseError>;

fn parse(s: &str) -> Result<i32> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    s.parse::<i32>().map_err(|_| ParseError::Bad(s.to_string()))
}

fn twice(s: &str) -> Result<i32> {
    let n = parse(s)?;
    Ok(n * 2)
}

fn main() {
    println!("{:?}", twice("21"));
    println!("{:?}", twice(""));
    println!("{:?}", twice("x"));
}
