// main's `?` on a failed integer parse: `Error: ParseIntError { kind: InvalidDigit }`.
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let good = "42".parse::<i32>()?;
    println!("{good}");
    let bad = "4x2".parse::<i32>()?;
    println!("{bad}");
    Ok(())
}
