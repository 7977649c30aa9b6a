#[derive(Debug)]
struct ParseError(char);

#[derive(Debug)]
enum AppError {
    BadDigit(char),
    TooBig(u32),
}

impl From<ParseError> for AppError {
    fn from(e: ParseError) -> AppError {
        AppError::BadDigit(e.0)
    }
}

fn digit(c: char) -> Result<u32, ParseError> {
    match c.to_digit(10) {
        Some(d) => Ok(d),
        None => Err(ParseError(c)),
    }
}

fn sum3(a: char, b: char, c: char) -> Result<u32, AppError> {
    let total = digit(a)? + digit(b)? + digit(c)?;
    if total > 20 {
        return Err(AppError::TooBig(total));
    }
    Ok(total)
}

fn main() {
    for (a, b, c) in [('1', '2', '3'), ('1', 'x', '3'), ('9', '9', '9')] {
        match sum3(a, b, c) {
            Ok(n) => println!("sum {}", n),
            Err(AppError::BadDigit(ch)) => println!("bad digit {:?}", ch),
            Err(AppError::TooBig(n)) => println!("too big: {}", n),
        }
    }
}
