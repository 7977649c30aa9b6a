use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Negative(i32);

impl fmt::Display for Negative {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} is negative", self.0)
    }
}

impl Error for Negative {}

fn parse_pos(s: &str) -> Result<i32, Box<dyn Error + Send + Sync>> {
    let n: i32 = s.trim().parse()?;
    if n < 0 {
        return Err(Box::new(Negative(n)));
    }
    if n == 0 {
        return Err("zero".into());
    }
    if n > 100 {
        Err(format!("{n} too big"))?;
    }
    Ok(n)
}

fn main() {
    for s in ["5", "x", "-3", "0", "500"] {
        match parse_pos(s) {
            Ok(n) => println!("ok {n}"),
            Err(e) => println!("err {} / {:?}", e, e),
        }
    }
}
