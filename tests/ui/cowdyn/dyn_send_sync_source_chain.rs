use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Empty;

impl fmt::Display for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "the input was empty")
    }
}

impl Error for Empty {}

#[derive(Debug)]
struct Wrapped {
    inner: Empty,
}

impl fmt::Display for Wrapped {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "could not read the count")
    }
}

impl Error for Wrapped {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.inner)
    }
}

fn count(s: &str) -> Result<usize, Box<dyn Error + Send + Sync>> {
    if s.is_empty() {
        return Err(Box::new(Wrapped { inner: Empty }));
    }
    Ok(s.len())
}

fn main() {
    let e = count("").unwrap_err();
    println!("{e}");
    if let Some(cause) = e.source() {
        println!("caused by: {cause} / {cause:?}");
    }
    println!("{}", count("abc").unwrap());
}
