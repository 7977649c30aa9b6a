#[derive(Debug)]
struct ParseError(char);

#[derive(Debug)]
struct AppError(String);

fn digit(c: char) -> Result<u32, ParseError> {
    match c.to_digit(10) {
        Some(d) => Ok(d),
        None => Err(ParseError(c)),
    }
}

fn twice(c: char) -> Result<u32, AppError> {
    let d = digit(c)?;
    Ok(d * 2)
}

fn main() {
    println!("{:?}", twice('4'));
}
