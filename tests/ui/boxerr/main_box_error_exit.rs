// `?` into `Box<dyn Error>` from parse errors and a learner's error; main returns the box.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct BadInput(String);

impl fmt::Display for BadInput {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad input: {}", self.0)
    }
}

impl Error for BadInput {}

fn check(s: &str) -> Result<i32, BadInput> {
    if s.is_empty() { Err(BadInput(String::from("empty"))) } else { Ok(s.len() as i32) }
}

fn parse_sum(a: &str, b: &str) -> Result<i32, Box<dyn Error>> {
    let x: i32 = a.parse::<i32>()?;
    let y = b.parse::<i32>()?;
    let n = check(a)?;
    Ok(x + y + n)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{}", parse_sum("12", "30")?);
    match parse_sum("x", "1") {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("error: {e}"),
    }
    let f: f64 = "2.5".parse::<f64>()?;
    println!("{f}");
    check("")?;
    println!("unreachable");
    Ok(())
}
