#[derive(Debug)]
enum AppError {
    Parse(String),
    Negative(i64),
}

fn checked(text: &str) -> Result<i64, AppError> {
    let n: i64 = text.trim().parse().map_err(|e| AppError::Parse(format!("{}", e)))?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n * 2)
}

fn main() {
    for t in ["21", " 7 ", "x1", "-3", ""] {
        match checked(t) {
            Ok(v) => println!("ok {}", v),
            Err(AppError::Parse(e)) => println!("parse error: {}", e),
            Err(AppError::Negative(n)) => println!("negative: {}", n),
        }
    }
}
