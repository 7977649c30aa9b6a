#[derive(Debug)]
struct ParseFailure {
    at: usize,
}

fn parse(s: u32) -> Result<u32, ParseFailure> {
    if s > 3 {
        Err(ParseFailure { at: 3 })
    } else {
        Ok(s * 2)
    }
}

fn main() {
    println!("{}", parse(2).unwrap());
    println!("{}", parse(9).unwrap());
}
