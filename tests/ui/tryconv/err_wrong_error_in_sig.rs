//@ mode: check
struct Digit(u8);

impl TryFrom<u32> for Digit {
    type Error = String;

    fn try_from(v: u32) -> Result<Self, u32> {
        if v < 10 { Ok(Digit(v as u8)) } else { Err(v) }
    }
}

fn main() {
    let _ = Digit::try_from(3u32);
}
