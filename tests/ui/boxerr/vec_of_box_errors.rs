// Several error types boxed in one `Vec<Box<dyn Error>>`.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum NetError {
    Timeout(u32),
    Refused,
}

impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            NetError::Timeout(ms) => write!(f, "timed out after {ms} ms"),
            NetError::Refused => write!(f, "connection refused"),
        }
    }
}

impl Error for NetError {}

#[derive(Debug)]
struct DiskFull;

impl fmt::Display for DiskFull {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "disk full")
    }
}

impl Error for DiskFull {}

fn main() {
    let errors: Vec<Box<dyn Error>> = vec![
        Box::new(NetError::Timeout(300)),
        Box::new(DiskFull),
        Box::new(NetError::Refused),
        "plain text".into(),
    ];
    for (i, e) in errors.iter().enumerate() {
        println!("{i}: {e} ({e:?})");
    }
    println!("{}", errors.len());
}
