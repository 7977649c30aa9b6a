#[derive(Debug)]
struct ParseFail;

impl std::fmt::Display for ParseFail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not parse")
    }
}

impl std::error::Error for ParseFail {}

fn check(s: &str) -> Result<i32, ParseFail> {
    s.trim().parse::<i32>().map_err(|_| ParseFail)
}

fn main() {
    match check(" 12 ") {
        Ok(n) => println!("ok {}", n),
        Err(e) => println!("{}", e),
    }
    match check("x") {
        Ok(n) => println!("ok {}", n),
        Err(e) => println!("{} / {:?}", e, e),
    }
}
