//@ mode: check
fn parse_flag(b: u8) -> Result<bool, u8> {
    match b {
        0 => Ok(false),
        1 => Ok(true),
        other => Err(other),
    }
}

fn main() {
    match parse_flag(1) {
        Ok(v) => println!("{v}"),
    }
}
