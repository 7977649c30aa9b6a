use std::error::Error;

#[derive(Debug)]
struct Oops;

fn check(n: i32) -> Result<i32, Oops> {
    if n > 0 { Ok(n) } else { Err(Oops) }
}

fn run() -> Result<i32, Box<dyn Error + Send + Sync>> {
    let n = check(3)?;
    Ok(n)
}

fn main() {
    println!("{:?}", run().is_ok());
}
