//@ mode: check
struct Small(u8);

impl TryFrom<i32> for Small {
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        Ok(Small(v as u8))
    }
}

fn main() {
    let _ = Small::try_from(3);
}
