//@ mode: check
use std::str::FromStr;

struct Level(u8);

impl FromStr for Level {
    type Err = String;

    fn from_str(s: String) -> Result<Self, Self::Err> {
        s.parse::<u8>().map(Level).map_err(|e| e.to_string())
    }
}

fn main() {
    let _ = Level(1);
}
