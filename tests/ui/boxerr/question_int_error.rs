// `?` on a `Result` whose error is an integer: `i32` is not an `Error`.
use std::error::Error;

fn code(n: i32) -> Result<i32, i32> {
    if n > 0 { Ok(n) } else { Err(n) }
}

fn run() -> Result<i32, Box<dyn Error>> {
    let v = code(3)?;
    Ok(v)
}

fn main() {
    println!("{}", run().is_ok());
}
