// main returning `Ok(())` with a `Box<dyn Error>` error type exits 0.
use std::error::Error;

fn total(items: &[&str]) -> Result<f64, Box<dyn Error>> {
    let mut sum = 0.0;
    for s in items {
        sum += s.parse::<f64>()?;
    }
    Ok(sum)
}

fn main() -> Result<(), Box<dyn Error>> {
    let t = total(&["1.5", "2.25", "3"])?;
    println!("total = {t}");
    match total(&["1", "two"]) {
        Ok(v) => println!("unexpected {v}"),
        Err(e) => println!("failed: {e}"),
    }
    Ok(())
}
