// main's error is a learner's struct: `Error: ` and its derived Debug, pretty fields.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ConfigError {
    key: String,
    line: usize,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "bad key {} on line {}", self.key, self.line)
    }
}

impl Error for ConfigError {}

fn load(text: &str) -> Result<usize, ConfigError> {
    for (i, line) in text.lines().enumerate() {
        if !line.contains('=') {
            return Err(ConfigError { key: line.to_string(), line: i + 1 });
        }
    }
    Ok(text.lines().count())
}

fn main() -> Result<(), Box<dyn Error>> {
    let n = load("a=1\nb=2")?;
    println!("{n} keys");
    let m = load("a=1\noops")?;
    println!("{m} keys");
    Ok(())
}
