// Several `?` in a row in main, the second failing: the rest does not run.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum Step {
    TooBig { value: u32, max: u32 },
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Step::TooBig { value, max } => write!(f, "{value} > {max}"),
        }
    }
}

impl Error for Step {}

fn limit(v: u32) -> Result<u32, Step> {
    if v > 10 { Err(Step::TooBig { value: v, max: 10 }) } else { Ok(v) }
}

fn main() -> Result<(), Box<dyn Error>> {
    let a = limit(4)?;
    println!("a = {a}");
    let b = limit(40)?;
    println!("b = {b}");
    Ok(())
}
