use std::num::ParseIntError;

fn parse_age(text: &str) -> Result<u8, ParseIntError> {
    text.trim().parse::<u8>()
}

fn main() {
    let parsed = parse_age(" 42 ");
    let message = parsed.map_err(|e| e.to_string());
    println!("{message:?}");
    if parsed.is_ok() {
        println!("parsed");
    }
}
