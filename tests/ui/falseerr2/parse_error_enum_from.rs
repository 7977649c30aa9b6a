use std::fmt;
use std::num::ParseIntError;
#[derive(Debug)]
enum AppError { Parse(ParseIntError), Negative(i64), Empty }
impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self { AppError::Parse(e) }
}
impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(n) => write!(f, "negative: {}", n),
            AppError::Empty => write!(f, "empty input"),
        }
    }
}
fn parse_sum(s: &str) -> Result<i64, AppError> {
    if s.trim().is_empty() { return Err(AppError::Empty); }
    let mut total = 0;
    for part in s.split(',') {
        let n: i64 = part.trim().parse()?;
        if n < 0 { return Err(AppError::Negative(n)); }
        total += n;
    }
    Ok(total)
}
fn main() {
    for input in ["1, 2, 3", "4,x", "5,-6", "  ", "99999999999"] {
        match parse_sum(input) {
            Ok(v) => println!("ok {}", v),
            Err(e) => println!("err {} / {:?}", e, e),
        }
    }
}
