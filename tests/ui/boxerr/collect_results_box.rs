// Collecting parses into `Result<Vec<_>, _>` and `?` into a boxed error.
use std::error::Error;

fn parse_all(words: &[&str]) -> Result<Vec<u32>, Box<dyn Error>> {
    let nums = words.iter().map(|w| w.parse::<u32>()).collect::<Result<Vec<u32>, _>>()?;
    Ok(nums)
}

fn main() {
    println!("{:?}", parse_all(&["1", "2", "3"]).unwrap());
    match parse_all(&["1", "-2"]) {
        Ok(v) => println!("{v:?}"),
        Err(e) => println!("bad: {e}"),
    }
}
