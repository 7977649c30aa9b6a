// `parse()?` into `Box<dyn Error>` with the parsed type known only from the `let`.
use std::error::Error;

fn add(a: &str, b: &str) -> Result<i64, Box<dyn Error>> {
    let x: i64 = a.trim().parse()?;
    let y: f64 = b.parse()?;
    Ok(x + y as i64)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{}", add(" 4 ", "2.5")?);
    let n: u8 = "300".parse()?;
    println!("{n}");
    Ok(())
}
