use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum AppError {
    NotFound(String),
    Invalid(i32),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::NotFound(name) => write!(f, "{} not found", name),
            AppError::Invalid(n) => write!(f, "invalid value {}", n),
        }
    }
}

impl Error for AppError {}

fn report<E: Error>(e: &E) {
    println!("error: {}", e);
    println!("debug: {:?}", e);
    println!("has source: {}", e.source().is_some());
}

fn main() {
    report(&AppError::NotFound(String::from("file")));
    report(&AppError::Invalid(7));
    let text = AppError::Invalid(1).to_string();
    println!("{}", text);
}
