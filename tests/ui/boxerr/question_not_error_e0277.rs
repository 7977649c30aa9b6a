// `?` cannot box an error type that does not implement `Error`.
use std::error::Error;

#[derive(Debug)]
struct Oops;

fn risky() -> Result<i32, Oops> {
    Err(Oops)
}

fn run() -> Result<i32, Box<dyn Error>> {
    let v = risky()?;
    Ok(v)
}

fn main() {
    println!("{:?}", run().is_ok());
}
